import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ProductReaders } from '@mesh/messaging';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { AlertListDto } from '../alerts/alerts.dto';
import { AlertsService } from '../alerts/alerts.service';
import { requireReadable } from '../products/latest-monitored';
import { ResultsPageDto, ScoreDto } from './results.dto';
import { productParams, resultsQuery } from './results.requests';
import { ResultsService } from './results.service';

@ApiTags('quality')
@ApiAuthenticated()
@Controller('v1/products')
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly alerts: AlertsService,
    private readonly readers: ProductReaders,
  ) {}

  @Get(':domain/:name/results')
  @ApiOperation({
    summary: "A product's rule results, newest first",
    description: 'Ours and those its pipelines reported (source). Follow `nextCursor` for older results.',
  })
  @ApiQuery({ name: 'rule', required: false, description: 'Only this rule id: its history' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: ResultsPageDto })
  @ApiErrors({ 400: true, 404: true })
  async history(
    @CurrentPrincipal() reader: AuthenticatedPrincipal,
    @Param() params: unknown,
    @Query() query: unknown,
  ): Promise<ResultsPageDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    const filter = parseInput(resultsQuery, query, 'query');
    await requireReadable(this.readers, reader, domain, name);
    return this.results.history(domain, name, filter);
  }

  @Get(':domain/:name/score')
  @ApiOperation({
    summary: 'The current quality score of the latest published version, with the latest result per rule',
  })
  @ApiOkResponse({ type: ScoreDto })
  @ApiErrors({ 404: true })
  async score(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Param() params: unknown): Promise<ScoreDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    await requireReadable(this.readers, reader, domain, name);
    return this.results.score(domain, name);
  }

  @Get(':domain/:name/alerts')
  @ApiOperation({
    summary: "A product's open alerts (acknowledged ones included), most recently raised first",
    description: 'None for a restricted product the caller may not read, as for a product never published.',
  })
  @ApiOkResponse({ type: AlertListDto })
  @ApiErrors({ 400: true })
  async openAlerts(
    @CurrentPrincipal() reader: AuthenticatedPrincipal,
    @Param() params: unknown,
  ): Promise<AlertListDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    if (!(await this.readers.mayRead(reader, { domain, name }))) return { items: [] };
    return { items: await this.alerts.open(domain, name) };
  }
}
