import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { CreatePrincipalRequest, PrincipalDto, PrincipalPageDto } from './principals.dto';
import { createPrincipalBody, listPrincipalsQuery, UuidParam } from './principals.requests';
import { PrincipalsService } from './principals.service';

@ApiTags('principals')
@ApiAuthenticated()
@Controller('v1/principals')
export class PrincipalsController {
  constructor(private readonly principals: PrincipalsService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a user or service principal',
    description:
      'Platform admins grant any roles. A domain owner creates principals of their own domains: owner, member or ' +
      'consumer roles in domains they own (and consumer without a domain beside them).',
  })
  @ApiBody({ type: CreatePrincipalRequest })
  @ApiCreatedResponse({ type: PrincipalDto })
  @ApiErrors({ 400: 'Invalid body, or a role naming an unknown domain', 409: 'The name is taken' })
  create(@CurrentPrincipal() actor: AuthenticatedPrincipal, @Body() body: unknown): Promise<PrincipalDto> {
    return this.principals.create(actor, parseInput(createPrincipalBody, body));
  }

  @Get()
  @ApiOperation({ summary: 'Principals by name, a page at a time; with `domain`, those holding a role in it' })
  @ApiQuery({ name: 'domain', required: false })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ type: PrincipalPageDto })
  list(@Query() query: unknown): Promise<PrincipalPageDto> {
    return this.principals.list(parseInput(listPrincipalsQuery, query, 'query'));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A principal with its roles' })
  @ApiOkResponse({ type: PrincipalDto })
  @ApiErrors({ 404: true })
  get(@UuidParam('id') id: string): Promise<PrincipalDto> {
    return this.principals.get(id);
  }
}
