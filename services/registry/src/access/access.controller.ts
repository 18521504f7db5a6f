import { applyDecorators, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { ACCESS_STATES } from './access-lifecycle';
import { AccessRequestDto, AccessRequestPageDto, CreateAccessRequest, DecisionRequest } from './access.dto';
import { createAccessRequestBody, decisionBody, principalAccessQuery, productAccessQuery } from './access.requests';
import { AccessService } from './access.service';

/** The query parameters of the access request lists. */
const ApiAccessPageQuery = () =>
  applyDecorators(
    ApiQuery({ name: 'state', required: false, enum: ACCESS_STATES }),
    ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' }),
    ApiQuery({ name: 'cursor', required: false, type: String, description: '`nextCursor` of the previous page' }),
  );

@ApiTags('access')
@ApiAuthenticated()
@Controller('v1')
export class AccessController {
  constructor(private readonly access: AccessService) {}

  @Post('products/:domain/:name/access-requests')
  @ApiOperation({
    summary: 'Ask for access to a product; emits access.requested (and access.granted when approval is auto)',
  })
  @ApiBody({ type: CreateAccessRequest })
  @ApiCreatedResponse({ type: AccessRequestDto, description: 'Pending, or granted at once' })
  @ApiErrors({ 400: 'Invalid body; each problem with its JSON pointer', 404: 'No such product or principal' })
  request(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Body() body: unknown,
  ): Promise<AccessRequestDto> {
    return this.access.request(actor, { domain, name }, parseInput(createAccessRequestBody, body));
  }

  @Get('products/:domain/:name/access-requests')
  @ApiOperation({ summary: "A product's access requests, newest first (writers of its domain)" })
  @ApiAccessPageQuery()
  @ApiOkResponse({ type: AccessRequestPageDto })
  @ApiErrors({ 400: 'Invalid query; each problem with its JSON pointer', 404: true })
  listForProduct(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Query() query: unknown,
  ): Promise<AccessRequestPageDto> {
    return this.access.listForProduct(actor, { domain, name }, parseInput(productAccessQuery, query, 'query'));
  }

  @Get('domains/:domain/access-requests')
  @ApiOperation({ summary: 'Access requests for any product of a domain, newest first (writers of the domain)' })
  @ApiAccessPageQuery()
  @ApiOkResponse({ type: AccessRequestPageDto })
  @ApiErrors({ 400: 'Invalid query; each problem with its JSON pointer' })
  listForDomain(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Query() query: unknown,
  ): Promise<AccessRequestPageDto> {
    return this.access.listForDomain(actor, domain, parseInput(productAccessQuery, query, 'query'));
  }

  @Get('access-requests')
  @ApiOperation({ summary: "A principal's access requests, newest first: one's own, or anyone's for admins" })
  @ApiQuery({ name: 'principal', required: false, type: String, description: 'Principal id; the caller by default' })
  @ApiAccessPageQuery()
  @ApiOkResponse({ type: AccessRequestPageDto })
  @ApiErrors({ 400: 'Invalid query; each problem with its JSON pointer' })
  listForPrincipal(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Query() query: unknown,
  ): Promise<AccessRequestPageDto> {
    return this.access.listForPrincipal(actor, parseInput(principalAccessQuery, query, 'query'));
  }

  @Post('access-requests/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Grant a pending request (writers of the owning domain); emits access.granted' })
  @ApiBody({ type: DecisionRequest, required: false })
  @ApiOkResponse({ type: AccessRequestDto })
  @ApiErrors({ 404: true, 409: 'The request is not pending; the message says its state' })
  approve(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
  ): Promise<AccessRequestDto> {
    return this.access.approve(actor, id, parseInput(decisionBody, body));
  }

  @Post('access-requests/:id/deny')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deny a pending request (writers of the owning domain); emits access.denied' })
  @ApiBody({ type: DecisionRequest, required: false })
  @ApiOkResponse({ type: AccessRequestDto })
  @ApiErrors({ 404: true, 409: 'The request is not pending; the message says its state' })
  deny(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
  ): Promise<AccessRequestDto> {
    return this.access.deny(actor, id, parseInput(decisionBody, body));
  }

  @Post('access-requests/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a grant (writers of the owning domain, or its holder); emits access.revoked' })
  @ApiBody({ type: DecisionRequest, required: false })
  @ApiOkResponse({ type: AccessRequestDto })
  @ApiErrors({ 404: true, 409: 'The request is not granted; the message says its state' })
  revoke(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
  ): Promise<AccessRequestDto> {
    return this.access.revoke(actor, id, parseInput(decisionBody, body));
  }
}
