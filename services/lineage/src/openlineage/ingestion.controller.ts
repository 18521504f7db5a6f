import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, type AuthenticatedPrincipal } from '@mesh/platform';
import { LineageError } from '../lineage.errors';
import { IngestionService, type EventOutcome } from './ingestion.service';

/**
 * Marquez's ingestion endpoint, where OpenLineage integrations (Airflow, Spark, dbt, openlineage-python's HTTP
 * transport) send their events with `Authorization: Bearer <token>`; plus a batch form with per-event outcomes.
 */
@ApiTags('OpenLineage')
@ApiAuthenticated()
@Controller('api/v1/lineage')
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Record one OpenLineage RunEvent, DatasetEvent or JobEvent (as Marquez does)' })
  @ApiBody({ description: 'An OpenLineage event (spec 2-0-2)', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'Stored' })
  @ApiErrors({ 400: 'Not a valid event; each problem with its JSON pointer' })
  async ingest(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Body() body: unknown): Promise<void> {
    await this.ingestion.ingestOne(principal, body);
  }

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a JSON array of OpenLineage events',
    description: 'Valid events are stored together; each invalid or refused one is reported with its index.',
  })
  @ApiBody({ description: 'OpenLineage events', schema: { type: 'array', items: { type: 'object' } } })
  @ApiOkResponse({ description: 'The outcome of each event, in input order' })
  @ApiErrors({ 400: 'The body is not a JSON array' })
  async ingestBatch(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: unknown,
  ): Promise<{ received: number; accepted: number; rejected: number; results: EventOutcome[] }> {
    if (!Array.isArray(body)) {
      throw new LineageError('invalid_event', 'the batch must be a JSON array of OpenLineage events', [
        { pointer: '/', message: 'must be array' },
      ]);
    }
    const results = await this.ingestion.ingest(principal, body);
    const accepted = results.filter((result) => result.accepted).length;
    return { received: results.length, accepted, rejected: results.length - accepted, results };
  }
}
