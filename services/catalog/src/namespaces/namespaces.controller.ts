import { Body, Controller, Delete, Get, Head, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { ApiIcebergAuthenticated, ApiIcebergAnswers } from '../http/iceberg-openapi';
import { namespaceLevels, namespaceParam } from '../http/names';
import { pageQuery, pageRequest } from '../http/pagination';
import { createNamespaceBody, updatePropertiesBody } from './namespaces.requests';
import { NamespacesService, type NamespaceView } from './namespaces.service';

@ApiTags('namespaces')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1/namespaces')
export class NamespacesController {
  constructor(private readonly namespaces: NamespacesService) {}

  @Get()
  @ApiOperation({ summary: 'List namespaces (domains); paginated when pageToken is given' })
  @ApiIcebergAnswers(200, 400)
  list(@Query() query: unknown) {
    const parsed = parseInput(pageQuery.extend({ parent: pageQuery.shape.pageToken }), query, 'query');
    if (parsed.parent !== undefined && parsed.parent !== '') {
      namespaceParam(parsed.parent, '/parent');
      return { namespaces: [], 'next-page-token': null };
    }
    return this.namespaces.list(pageRequest(parsed));
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Create a namespace (writers of the domain it names)' })
  @ApiIcebergAnswers(200, 400, 409)
  create(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Body() body: unknown): Promise<NamespaceView> {
    const input = parseInput(createNamespaceBody, body);
    return this.namespaces.create(principal, namespaceLevels(input.namespace, '/namespace'), input.properties);
  }

  // Before the GET of the same path: Express would answer a HEAD with the first GET route that matches.
  @Head(':namespace')
  @HttpCode(204)
  @ApiOperation({ summary: 'Whether a namespace exists' })
  @ApiIcebergAnswers(204, 400, 404)
  async exists(@Param('namespace') namespace: string): Promise<void> {
    await this.namespaces.requireExists(namespaceParam(namespace));
  }

  @Get(':namespace')
  @ApiOperation({ summary: "A namespace's properties" })
  @ApiIcebergAnswers(200, 400, 404)
  load(@Param('namespace') namespace: string): Promise<NamespaceView> {
    return this.namespaces.load(namespaceParam(namespace));
  }

  @Post(':namespace/properties')
  @HttpCode(200)
  @ApiOperation({ summary: "Set and remove a namespace's properties (writers of the domain)" })
  @ApiIcebergAnswers(200, 400, 404, 422)
  updateProperties(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Body() body: unknown,
  ) {
    return this.namespaces.updateProperties(
      principal,
      namespaceParam(namespace),
      parseInput(updatePropertiesBody, body),
    );
  }

  @Delete(':namespace')
  @HttpCode(204)
  @ApiOperation({ summary: 'Drop an empty namespace (writers of the domain)' })
  @ApiIcebergAnswers(204, 400, 404, 409)
  drop(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Param('namespace') namespace: string): Promise<void> {
    return this.namespaces.drop(principal, namespaceParam(namespace));
  }
}
