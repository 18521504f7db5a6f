import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { LineageGraphView, NeighbourView } from '../clients/lineage-client';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { productKey } from '../context/loaders';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';
import type { ProductParent } from './product-views';

// The lineage service pages by the platform convention: at most 200 products a page.
const LINEAGE_PAGE_MAX = 200;
const MAX_DEPTH = 20;

function depthOf(depth: number | null | undefined, fallback: number): number {
  return Math.min(Math.max(depth ?? fallback, 0), MAX_DEPTH);
}

function graphView(graph: LineageGraphView) {
  return { nodes: graph.graph };
}

@Resolver('Query')
export class LineageQueries {
  @Query('datasetLineage')
  async datasetLineage(
    @Args('nodeId') nodeId: string,
    @Args('depth') depth: number | null,
    @Context() ctx: GatewayContext,
  ) {
    return graphView(await ctx.services.lineage.datasetGraph(nodeId, depthOf(depth, 2)));
  }

  @Query('columnLineage')
  async columnLineage(
    @Args('nodeId') nodeId: string,
    @Args('depth') depth: number | null,
    @Args('withDownstream') withDownstream: boolean | null,
    @Context() ctx: GatewayContext,
  ) {
    return graphView(await ctx.services.lineage.columnGraph(nodeId, depthOf(depth, 2), withDownstream === true));
  }
}

@Resolver('Product')
export class ProductLineageFields {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @ResolveField('lineage')
  async lineage(
    @Parent() product: ProductParent,
    @Args('direction') direction: string | null,
    @Args('depth') depth: number | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.lineage.neighbours(product.domain, product.name, {
      direction: direction ?? 'downstream',
      depth: depthOf(depth, 3),
      limit: serviceLimit(position, LINEAGE_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    // Lineage has not heard of a product it has no event about yet: as far as it knows, nothing is connected.
    if (result === null) return connectionOf([], position, null, 0);
    return connectionOf(result.items, position, result.nextCursor, result.total);
  }

  @ResolveField('impact')
  async impact(@Parent() product: ProductParent, @Context() { services }: GatewayContext) {
    return (await services.lineage.impact(product.domain, product.name)) ?? { affected: [], detected: [] };
  }
}

@Resolver('ProductNeighbour')
export class ProductNeighbourFields {
  @ResolveField('product')
  product(@Parent() neighbour: NeighbourView, @Context() { loaders }: GatewayContext) {
    return loaders.product.load(productKey(neighbour.domain, neighbour.name));
  }
}
