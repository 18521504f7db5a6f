import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { IntrospectionDto, IntrospectRequest } from './tokens.dto';
import { introspectBody } from './tokens.requests';
import { TokensService, type Introspection } from './tokens.service';

@ApiTags('auth')
@ApiAuthenticated()
@Controller('v1/auth')
export class IntrospectionController {
  constructor(private readonly tokens: TokensService) {}

  @Post('introspect')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Is a token active, and whose is it?',
    description:
      'How the other services authenticate requests (libs/platform IntrospectionAuthenticator). ' +
      'Callable by platform services (`platform-service`) and platform admins only.',
  })
  @ApiBody({ type: IntrospectRequest })
  @ApiOkResponse({ type: IntrospectionDto })
  @ApiErrors({ 400: true })
  introspect(@CurrentPrincipal() caller: AuthenticatedPrincipal, @Body() body: unknown): Promise<Introspection> {
    return this.tokens.introspect(caller, parseInput(introspectBody, body).token);
  }
}
