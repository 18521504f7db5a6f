import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiAuthenticated, ErrorResponse, parseInput } from '@mesh/platform';
import { AlertListDto } from '../alerts/alerts.dto';
import { AlertsService } from '../alerts/alerts.service';
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
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  async history(@Param() params: unknown, @Query() query: unknown): Promise<ResultsPageDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    return this.results.history(domain, name, parseInput(resultsQuery, query, 'query'));
  }

  @Get(':domain/:name/score')
  @ApiOperation({
    summary: 'The current quality score of the latest published version, with the latest result per rule',
  })
  @ApiOkResponse({ type: ScoreDto })
  @ApiNotFoundResponse({ type: ErrorResponse })
  async score(@Param() params: unknown): Promise<ScoreDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    return this.results.score(domain, name);
  }

  @Get(':domain/:name/alerts')
  @ApiOperation({ summary: "A product's open alerts (acknowledged ones included), most recently raised first" })
  @ApiOkResponse({ type: AlertListDto })
  @ApiBadRequestResponse({ type: ErrorResponse })
  async openAlerts(@Param() params: unknown): Promise<AlertListDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    return { items: await this.alerts.open(domain, name) };
  }
}
