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
import { z } from 'zod';
import { LineageError } from '../lineage.errors';
import { ProductLineageService } from './product-lineage.service';

const lineageQuery = z
  .object({
    direction: z.enum(['upstream', 'downstream']).default('downstream'),
    depth: z.coerce.number().int().min(1).max(100).default(5),
    pageSize: z.coerce.number().int().min(1).max(500).default(100),
    pageToken: z
      .string()
      .regex(/^[0-9]+$/, 'expected a pageToken from a previous page')
      .optional(),
  })
  .strict();

/** Product-level lineage: who feeds a product, whom it feeds, and whom a change to it affects. */
@ApiTags('Product lineage')
@ApiAuthenticated()
@Controller('v1/products/:domain/:name')
export class ProductLineageController {
  constructor(private readonly lineage: ProductLineageService) {}

  @Get('lineage')
  @ApiOperation({ summary: 'Products upstream or downstream of a product, nearest first, paginated' })
  @ApiQuery({ name: 'direction', required: false, enum: ['upstream', 'downstream'] })
  @ApiQuery({ name: 'depth', required: false, schema: { type: 'integer', default: 5 } })
  @ApiQuery({ name: 'pageSize', required: false, schema: { type: 'integer', default: 100 } })
  @ApiQuery({ name: 'pageToken', required: false })
  @ApiOkResponse({
    description: '{product, direction, depth, items: [{domain, name, ownerTeam, depth, ...}], nextPageToken}',
  })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  async products(@Param('domain') domain: string, @Param('name') name: string, @Query() query: unknown) {
    const { direction, depth, pageSize, pageToken } = parseInput(lineageQuery, query, 'query');
    const reached = await this.lineage.reach({ domain, name }, direction, depth);
    const offset = pageToken === undefined ? 0 : Number(pageToken);
    if (offset > reached.length) {
      throw new LineageError('invalid_query', 'pageToken is past the last page', [
        { pointer: '/pageToken', message: 'past the last page' },
      ]);
    }
    const end = offset + pageSize;
    return {
      product: { domain, name },
      direction,
      depth,
      total: reached.length,
      items: reached.slice(offset, end),
      nextPageToken: end < reached.length ? String(end) : null,
    };
  }

  @Get('impact')
  @ApiOperation({
    summary: 'Every product downstream of this one, transitively, with its owner; and the impacts detected so far',
  })
  @ApiOkResponse({ description: '{product, affected: [{domain, name, ownerTeam, depth}], detected: [...]}' })
  @ApiNotFoundResponse({ type: ErrorResponse })
  impact(@Param('domain') domain: string, @Param('name') name: string) {
    return this.lineage.impact({ domain, name });
  }
}
