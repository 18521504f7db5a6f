import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ProductReaders } from '@mesh/messaging';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { ScoreSummaryListDto } from './results.dto';
import { MAX_SCORED_PRODUCTS, scoresQuery } from './results.requests';
import { ResultsService } from './results.service';

@ApiTags('quality')
@ApiAuthenticated()
@Controller('v1/scores')
export class ScoresController {
  constructor(
    private readonly results: ResultsService,
    private readonly readers: ProductReaders,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The current quality score of many products at once',
    description:
      'For batching (a GraphQL DataLoader): one database query whatever the number of products. Each score is ' +
      'the one GET /v1/products/{domain}/{name}/score gives; products that are not monitored, or that the caller ' +
      'may not read, are left out.',
  })
  @ApiQuery({
    name: 'product',
    isArray: true,
    type: String,
    example: ['sales/orders', 'finance/revenue'],
    description: `domain/name, repeated or comma-separated; at most ${MAX_SCORED_PRODUCTS}`,
  })
  @ApiOkResponse({ type: ScoreSummaryListDto })
  @ApiErrors({ 400: 'A malformed product, or too many, named /product' })
  async scores(
    @CurrentPrincipal() reader: AuthenticatedPrincipal,
    @Query() query: unknown,
  ): Promise<ScoreSummaryListDto> {
    const { product } = parseInput(scoresQuery, query, 'query');
    return { items: await this.results.scores(await this.readers.readable(reader, product)) };
  }
}
