import { Body, Controller, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { ApiIcebergAuthenticated, ApiIcebergAnswers } from '../http/iceberg-openapi';
import { namespaceLevels, requireName } from '../http/names';
import { commitTransactionRequestSchema } from '../metadata/commit-request';
import { CommitsService } from './commits.service';
import { renameTableBody } from './tables.requests';
import { TablesService } from './tables.service';

/** The spec's routes across tables: rename and multi-table transactions. */
@ApiTags('tables')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1')
export class CatalogOperationsController {
  constructor(
    private readonly tables: TablesService,
    private readonly commits: CommitsService,
  ) {}

  @Post('tables/rename')
  @HttpCode(204)
  @ApiOperation({ summary: 'Rename a table, within or across namespaces (writers of both domains)' })
  @ApiIcebergAnswers(204, 400, 404, 409)
  rename(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Body() body: unknown): Promise<void> {
    const { source, destination } = parseInput(renameTableBody, body);
    return this.tables.rename(
      principal,
      {
        namespace: namespaceLevels(source.namespace, '/source/namespace'),
        name: requireName(source.name, '/source/name'),
      },
      {
        namespace: namespaceLevels(destination.namespace, '/destination/namespace'),
        name: requireName(destination.name, '/destination/name'),
      },
    );
  }

  @Post('transactions/commit')
  @HttpCode(204)
  @ApiOperation({ summary: 'Commit changes to several tables atomically: all land or none does' })
  @ApiIcebergAnswers(204, 400, 404, 409)
  async commitTransaction(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Body() body: unknown): Promise<void> {
    const request = parseInput(commitTransactionRequestSchema, body);
    const changes = request['table-changes'].map((change, index) => ({
      namespace: namespaceLevels(change.identifier.namespace, `/table-changes/${index}/identifier/namespace`),
      table: requireName(change.identifier.name, `/table-changes/${index}/identifier/name`),
      request: change,
    }));
    await this.commits.commit(principal, changes);
  }
}
