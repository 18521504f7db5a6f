import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { UuidParam } from '../principals/principals.requests';
import { CreatedTokenDto, CreateTokenRequest, TokenDto } from './tokens.dto';
import { createTokenBody } from './tokens.requests';
import { TokensService } from './tokens.service';

const WHO =
  'Platform admins for anyone, a domain owner for the principals of their domains, and a principal for itself.';

@ApiTags('tokens')
@ApiAuthenticated()
@Controller('v1')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Post('principals/:id/tokens')
  @ApiOperation({
    summary: 'Create an API token for a principal; the answer is the only time it is shown',
    description: WHO,
  })
  @ApiBody({ type: CreateTokenRequest })
  @ApiCreatedResponse({ type: CreatedTokenDto })
  @ApiErrors({ 400: true, 404: 'No such principal' })
  create(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @UuidParam('id') principalId: string,
    @Body() body: unknown,
  ): Promise<CreatedTokenDto> {
    return this.tokens.create(actor, principalId, parseInput(createTokenBody, body));
  }

  @Get('principals/:id/tokens')
  @ApiOperation({ summary: "A principal's tokens, newest first, without the tokens themselves", description: WHO })
  @ApiOkResponse({ type: [TokenDto] })
  @ApiErrors({ 404: 'No such principal' })
  list(@CurrentPrincipal() actor: AuthenticatedPrincipal, @UuidParam('id') principalId: string): Promise<TokenDto[]> {
    return this.tokens.list(actor, principalId);
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke a token',
    description: `${WHO} The registry refuses it at once; other services within 30 s (their introspection cache).`,
  })
  @ApiNoContentResponse({ description: 'Revoked, or already revoked' })
  @ApiErrors({ 404: 'No such token' })
  revoke(@CurrentPrincipal() actor: AuthenticatedPrincipal, @UuidParam('id') tokenId: string): Promise<void> {
    return this.tokens.revoke(actor, tokenId);
  }
}
