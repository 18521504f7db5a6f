import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ApiAuthenticated,
  ApiErrors,
  CurrentPrincipal,
  pageQuery,
  parseInput,
  toPage,
  type AuthenticatedPrincipal,
} from '@mesh/platform';
import { z } from 'zod';
import { LineageReaders } from './lineage-readers';
import { nearestFirst, ProductLineageService } from './product-lineage.service';

/** `?direction=&depth=&limit=&cursor=`; the cursor is the sort key (depth, domain, name) of a page's last product. */
const lineageQuery = z
  .object({
    direction: z.enum(['upstream', 'downstream']).default('downstream'),
    depth: z.coerce.number().int().min(1).max(100).default(5),
    ...pageQuery(z.tuple([z.number().int().min(0), z.string(), z.string()])),
  })
  .strict();

/**
 * Product-level lineage: who feeds a product, whom it feeds, and whom a change to it affects. A restricted product
 * the caller may not read is unknown here: 404 for its own lineage, absent from others'.
 */
@ApiTags('Product lineage')
@ApiAuthenticated()
@Controller('v1/products/:domain/:name')
export class ProductLineageController {
  constructor(
    private readonly lineage: ProductLineageService,
    private readonly readers: LineageReaders,
  ) {}

  @Get('lineage')
  @ApiOperation({ summary: 'Products upstream or downstream of a product, nearest first, paginated' })
  @ApiQuery({ name: 'direction', required: false, enum: ['upstream', 'downstream'] })
  @ApiQuery({ name: 'depth', required: false, schema: { type: 'integer', default: 5 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 50, minimum: 1, maximum: 200 } })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({
    description: '{product, direction, depth, total, items: [{urn, domain, name, ownerTeam, depth, ...}], nextCursor}',
  })
  @ApiErrors({ 400: true, 404: true })
  async products(
    @CurrentPrincipal() reader: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Query() query: unknown,
  ) {
    const { direction, depth, limit, cursor } = parseInput(lineageQuery, query, 'query');
    await this.readers.requireProduct(reader, { domain, name });
    const reached = await this.readers.readable(reader, await this.lineage.reach({ domain, name }, direction, depth));
    const after =
      cursor === undefined
        ? reached
        : reached.filter((item) => nearestFirst(item, { depth: cursor[0], domain: cursor[1], name: cursor[2] }) > 0);
    const page = toPage(after, limit, (item) => [item.depth, item.domain, item.name]);
    return { product: { domain, name }, direction, depth, total: reached.length, ...page };
  }

  @Get('impact')
  @ApiOperation({
    summary: 'Every product downstream of this one, transitively, with its owner; and the impacts detected so far',
  })
  @ApiOkResponse({ description: '{product, affected: [{urn, domain, name, ownerTeam, depth}], detected: [...]}' })
  @ApiErrors({ 404: true })
  async impact(
    @CurrentPrincipal() reader: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('name') name: string,
  ) {
    await this.readers.requireProduct(reader, { domain, name });
    const { affected, detected, ...impact } = await this.lineage.impact({ domain, name });
    const readableReports = detected.map(async (report) => {
      const shown = await this.readers.readable(
        reader,
        report.affected.map((item) => ({ ...item.product, item })),
      );
      return { ...report, affected: shown.map((shownItem) => shownItem.item) };
    });
    return {
      ...impact,
      affected: await this.readers.readable(reader, affected),
      detected: await Promise.all(readableReports),
    };
  }
}
