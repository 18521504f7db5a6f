import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { z } from 'zod';
import { LineageError } from '../lineage.errors';
import { LineageReaders } from '../products/lineage-readers';
import { ProductLineageService } from '../products/product-lineage.service';
import type { ProductRef } from '../products/product-ref';
import { GraphService } from './graph.service';
import { MarquezLineageService } from './marquez-lineage.service';

/** Marquez caps lineage at 20 jobs by default; a deeper walk is allowed but bounded. */
const depth = (fallback: number) => z.coerce.number().int().min(0).max(100).default(fallback);

const lineageQuery = z.object({ nodeId: z.string().min(1), depth: depth(20) }).strict();
const walkQuery = z
  .object({
    nodeId: z.string().min(1),
    depth: depth(20),
    direction: z.enum(['upstream', 'downstream', 'both']).default('both'),
  })
  .strict();
const columnLineageQuery = z
  .object({
    nodeId: z.string().min(1),
    depth: depth(20),
    withDownstream: z.enum(['true', 'false']).default('false'),
  })
  .strict();
const pathQuery = z.object({ from: z.string().min(1), to: z.string().min(1), maxDepth: depth(50) }).strict();

/** `product:<domain>:<name>`, the product form of a path's ends; domain and product names have no colon. */
function productNode(id: string): ProductRef | undefined {
  const match = /^product:([^:]+):([^:]+)$/.exec(id);
  return match === null ? undefined : { domain: match[1], name: match[2] };
}

/**
 * Marquez's lineage reads, and our own directed walk and path between two nodes. Any authenticated principal may
 * read lineage, but not the datasets of restricted products it may not read (LineageReaders).
 */
@ApiTags('Lineage graph')
@ApiAuthenticated()
@Controller()
export class GraphController {
  constructor(
    private readonly graph: GraphService,
    private readonly marquez: MarquezLineageService,
    private readonly products: ProductLineageService,
    private readonly readers: LineageReaders,
  ) {}

  @Get('api/v1/lineage')
  @ApiOperation({
    summary: 'The lineage around a node, as Marquez answers it',
    description:
      'nodeId is dataset:<namespace>:<name>, job:<namespace>:<name> or datasetField:<namespace>:<dataset>:<field> ' +
      '(then the column lineage, both ways); depth counts jobs upstream and downstream.',
  })
  @ApiQuery({ name: 'nodeId', required: true })
  @ApiQuery({ name: 'depth', required: false, schema: { type: 'integer', default: 20 } })
  @ApiOkResponse({ description: '{"graph": [{id, type, data, inEdges, outEdges}]}' })
  @ApiErrors({ 400: true, 404: true })
  async lineage(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown) {
    const { nodeId, depth: hops } = parseInput(lineageQuery, query, 'query');
    const { graph } = nodeId.startsWith('datasetField:')
      ? await this.graph.columnLineage(nodeId, hops, true)
      : await this.marquez.lineage(nodeId, hops);
    return { graph: await this.readers.graph(reader, nodeId, graph) };
  }

  @Get('v1/lineage/graph')
  @ApiOperation({
    summary: 'What is upstream, downstream or both of a job or dataset, along edge direction (not Marquez behaviour)',
    description:
      'Our extension: follows every job/dataset edge ever seen, from the node against edges (upstream), along them ' +
      '(downstream) or both; depth counts jobs each way. Answers in Marquez graph shapes.',
  })
  @ApiQuery({ name: 'nodeId', required: true })
  @ApiQuery({ name: 'depth', required: false, schema: { type: 'integer', default: 20 } })
  @ApiQuery({ name: 'direction', required: false, enum: ['upstream', 'downstream', 'both'] })
  @ApiOkResponse({ description: '{nodeId, direction, depth, graph: [{id, type, data, inEdges, outEdges}]}' })
  @ApiErrors({ 400: true, 404: true })
  async walk(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown) {
    const { nodeId, depth: hops, direction } = parseInput(walkQuery, query, 'query');
    const { graph } = await this.graph.walk(nodeId, hops, direction);
    return { nodeId, direction, depth: hops, graph: await this.readers.graph(reader, nodeId, graph) };
  }

  @Get('api/v1/column-lineage')
  @ApiOperation({ summary: 'Field-level lineage of a dataset or field, as Marquez answers it' })
  @ApiQuery({ name: 'nodeId', required: true })
  @ApiQuery({ name: 'depth', required: false, schema: { type: 'integer', default: 20 } })
  @ApiQuery({ name: 'withDownstream', required: false, schema: { type: 'boolean', default: false } })
  @ApiOkResponse({ description: '{"graph": [{id, type: DATASET_FIELD, data, inEdges, outEdges}]}' })
  @ApiErrors({ 400: true, 404: true })
  async columnLineage(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown) {
    const { nodeId, depth: hops, withDownstream } = parseInput(columnLineageQuery, query, 'query');
    const { graph } = await this.graph.columnLineage(nodeId, hops, withDownstream === 'true');
    return { graph: await this.readers.graph(reader, nodeId, graph) };
  }

  @Get('v1/lineage/path')
  @ApiOperation({
    summary: 'A shortest downstream path between two jobs or datasets (Marquez node ids), or two products',
    description: 'Products are named product:<domain>:<name>; their path follows product-level lineage.',
  })
  @ApiQuery({ name: 'from', required: true })
  @ApiQuery({ name: 'to', required: true })
  @ApiQuery({ name: 'maxDepth', required: false, schema: { type: 'integer', default: 50 } })
  @ApiOkResponse({ description: '{from, to, length, path: [{id, type}]}' })
  @ApiErrors({ 400: true, 404: 'Unknown node, or no path' })
  async path(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown) {
    const { from, to, maxDepth } = parseInput(pathQuery, query, 'query');
    const [fromProduct, toProduct] = [productNode(from), productNode(to)];
    if (fromProduct === undefined && toProduct === undefined) {
      const { path, datasets } = await this.graph.path(from, to, maxDepth);
      // As for products: a path through a dataset the caller may not see would tell of it.
      if (!(await this.readers.mayReadAll(reader, datasets))) {
        throw new LineageError('not_found', `no downstream path from ${from} to ${to} that the caller may see`);
      }
      return path;
    }
    if (fromProduct === undefined || toProduct === undefined) {
      const pointer = fromProduct === undefined ? '/from' : '/to';
      throw new LineageError('invalid_query', 'a path joins two products, or two jobs or datasets', [
        { pointer, message: 'expected product:<domain>:<name>, like the other end' },
      ]);
    }
    await this.readers.requireProduct(reader, fromProduct);
    await this.readers.requireProduct(reader, toProduct);
    const products = await this.products.path(fromProduct, toProduct, maxDepth);
    // A path through a product the caller may not read would tell of it: there is none the caller may see.
    if ((await this.readers.readable(reader, products)).length < products.length) {
      throw new LineageError('not_found', `no downstream path from product ${from} to ${to} that the caller may see`);
    }
    const path = products.map((product) => ({ id: `product:${product.domain}:${product.name}`, type: 'PRODUCT' }));
    return { from, to, length: path.length - 1, path };
  }
}
