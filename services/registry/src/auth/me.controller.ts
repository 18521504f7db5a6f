import { Controller, Get, Headers } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, tokenFromAuthorization } from '@mesh/platform';
import { MeDto } from './tokens.dto';
import { TokensService, type Me } from './tokens.service';

@ApiTags('auth')
@ApiAuthenticated()
@Controller('v1/me')
export class MeController {
  constructor(private readonly tokens: TokensService) {}

  @Get()
  @ApiOperation({ summary: 'Who am I: the principal of the token sent, its roles and domains, the token’s expiry' })
  @ApiOkResponse({ type: MeDto })
  @ApiErrors({ 401: true })
  me(@Headers('authorization') authorization: string | undefined): Promise<Me> {
    // The guard has authenticated the request with this header, so a token is there.
    return this.tokens.whoAmI(tokenFromAuthorization(authorization) ?? '');
  }
}
