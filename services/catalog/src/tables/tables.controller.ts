import {
  Body,
  Controller,
  Delete,
  Get,
  Head,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { Unaudited } from '@mesh/messaging';
import type { Response } from 'express';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { ApiIcebergAuthenticated, ApiIcebergAnswers } from '../http/iceberg-openapi';
import { sendJson } from '../http/json-response';
import { lookedUpNamespace, namespaceParam, requireName } from '../http/names';
import { pageQuery, pageRequest } from '../http/pagination';
import { commitTableRequestSchema } from '../metadata/commit-request';
import { createTableRequestSchema } from '../metadata/new-table';
import { CommitsService } from './commits.service';
import { dropTableQuery, loadTableQuery, registerTableBody } from './tables.requests';
import { TablesService, type LoadedTable } from './tables.service';

const DELEGATION = 'x-iceberg-access-delegation';

function send(response: Response, loaded: LoadedTable): void {
  if (loaded.notModified) {
    response.status(304).setHeader('ETag', loaded.etag).end();
    return;
  }
  sendJson(response, 200, loaded.body, { ETag: loaded.etag }, true);
}

/** The tables of a namespace: the spec's routes under /v1/namespaces/{namespace}. */
@ApiTags('tables')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1/namespaces/:namespace')
export class TablesController {
  constructor(
    private readonly tables: TablesService,
    private readonly commits: CommitsService,
  ) {}

  @Get('tables')
  @ApiOperation({ summary: 'List the tables of a namespace; paginated when pageToken is given' })
  @ApiIcebergAnswers(200, 400, 404)
  list(@Param('namespace') namespace: string, @Query() query: unknown) {
    return this.tables.list(namespaceParam(namespace), pageRequest(parseInput(pageQuery, query, 'query')));
  }

  @Post('tables')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create a table, or stage its creation (writers of the domain)' })
  @ApiIcebergAnswers(200, 400, 404, 409)
  async create(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Headers(DELEGATION) delegation: string | undefined,
    @Body() body: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const request = parseInput(createTableRequestSchema, body);
    const options = { snapshots: 'all' as const, ...this.tables.delegation(delegation) };
    send(response, await this.tables.create(principal, namespaceParam(namespace), request, options));
  }

  @Post('register')
  @HttpCode(200)
  @ApiOperation({ summary: 'Register a table from a metadata file in the warehouse (writers of the domain)' })
  @ApiIcebergAnswers(200, 400, 404, 409)
  async register(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Headers(DELEGATION) delegation: string | undefined,
    @Body() body: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const request = parseInput(registerTableBody, body);
    const options = { snapshots: 'all' as const, ...this.tables.delegation(delegation) };
    send(response, await this.tables.register(principal, namespaceParam(namespace), request, options));
  }

  // Before the GET of the same path: Express would answer a HEAD with the first GET route that matches.
  @Head('tables/:table')
  @HttpCode(204)
  @ApiOperation({ summary: 'Whether a table exists' })
  @ApiIcebergAnswers(204, 400, 404)
  async exists(@Param('namespace') namespace: string, @Param('table') table: string): Promise<void> {
    await this.tables.requireExists(lookedUpNamespace(namespace, table), requireName(table, '/table'));
  }

  @Get('tables/:table')
  @ApiOperation({
    summary: "Load a table (its domain's principals, platform admins, or holders of a grant on its product)",
    description: 'Answers an ETag; If-None-Match with it gives 304 while the table has not changed.',
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag of If-None-Match' })
  @ApiIcebergAnswers(200, 400, 404)
  async load(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Param('table') table: string,
    @Query() query: unknown,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers(DELEGATION) delegation: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { snapshots } = parseInput(loadTableQuery, query, 'query');
    const options = { snapshots, ...this.tables.delegation(delegation), ifNoneMatch };
    const name = requireName(table, '/table');
    send(response, await this.tables.load(principal, lookedUpNamespace(namespace, table), name, options));
  }

  @Post('tables/:table')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Commit requirements and updates to a table (writers of the domain); 409 when a requirement fails',
  })
  @ApiIcebergAnswers(200, 400, 404, 409)
  async commit(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Param('table') table: string,
    @Body() body: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const request = parseInput(commitTableRequestSchema, body);
    const change = { namespace: namespaceParam(namespace), table: requireName(table, '/table'), request };
    const [committed] = await this.commits.commit(principal, [change]);
    send(response, this.tables.committed(committed));
  }

  @Delete('tables/:table')
  @HttpCode(204)
  @ApiOperation({ summary: 'Drop a table, and with purgeRequested=true its files (writers of the domain)' })
  @ApiIcebergAnswers(204, 400, 404)
  drop(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Param('table') table: string,
    @Query() query: unknown,
  ): Promise<void> {
    const { purgeRequested } = parseInput(dropTableQuery, query, 'query');
    return this.tables.drop(principal, namespaceParam(namespace), requireName(table, '/table'), purgeRequested);
  }

  @Post('tables/:table/unregister')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unregister a table, keeping its files (writers of the domain)' })
  @ApiIcebergAnswers(200, 400, 404)
  async unregister(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Param('table') table: string,
    @Res() response: Response,
  ): Promise<void> {
    send(response, await this.tables.unregister(principal, namespaceParam(namespace), requireName(table, '/table')));
  }

  @Get('tables/:table/credentials')
  @ApiOperation({ summary: "Storage credentials for a table's files, for its authorised readers" })
  @ApiIcebergAnswers(200, 400, 404)
  credentials(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Param('table') table: string,
  ) {
    return this.tables.credentials(principal, namespaceParam(namespace), requireName(table, '/table'));
  }

  @Post('tables/:table/metrics')
  @HttpCode(204)
  @Unaudited()
  @ApiOperation({ summary: 'Accept a scan or commit metrics report (not stored)' })
  @ApiIcebergAnswers(204, 400, 404)
  async metrics(@Param('namespace') namespace: string, @Param('table') table: string): Promise<void> {
    await this.tables.requireExists(namespaceParam(namespace), requireName(table, '/table'));
  }
}
