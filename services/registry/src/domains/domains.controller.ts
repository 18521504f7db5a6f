import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { CreateDomainRequest, DomainDto, DomainPageDto, UpdateDomainRequest } from './domains.dto';
import { createDomainBody, listDomainsQuery, updateDomainBody } from './domains.requests';
import { DomainsService } from './domains.service';

@ApiTags('domains')
@ApiAuthenticated()
@Controller('v1/domains')
export class DomainsController {
  constructor(private readonly domains: DomainsService) {}

  @Post()
  @ApiOperation({ summary: 'Register a domain (platform admins); emits domain.created' })
  @ApiBody({ type: CreateDomainRequest })
  @ApiCreatedResponse({ type: DomainDto })
  @ApiErrors({ 400: 'Invalid body; each problem with its JSON pointer', 409: 'A domain with this name exists' })
  create(@CurrentPrincipal() actor: AuthenticatedPrincipal, @Body() body: unknown): Promise<DomainDto> {
    return this.domains.create(actor, parseInput(createDomainBody, body));
  }

  @Get()
  @ApiOperation({ summary: 'Domains by name, a page at a time' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ type: DomainPageDto })
  list(@Query() query: unknown): Promise<DomainPageDto> {
    return this.domains.list(parseInput(listDomainsQuery, query, 'query'));
  }

  @Get(':domain')
  @ApiOperation({ summary: 'A domain' })
  @ApiOkResponse({ type: DomainDto })
  @ApiErrors({ 404: true })
  get(@Param('domain') name: string): Promise<DomainDto> {
    return this.domains.get(name);
  }

  @Patch(':domain')
  @ApiOperation({ summary: "Change a domain's title, description or owning team (its owners, platform admins)" })
  @ApiBody({ type: UpdateDomainRequest })
  @ApiOkResponse({ type: DomainDto, description: 'The domain after the change; emits domain.updated if it changed' })
  @ApiErrors({ 400: true, 404: true })
  update(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') name: string,
    @Body() body: unknown,
  ): Promise<DomainDto> {
    return this.domains.update(actor, name, parseInput(updateDomainBody, body));
  }
}
