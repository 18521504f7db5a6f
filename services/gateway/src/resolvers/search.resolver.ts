import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { SearchHitView } from '../clients/search-client';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { productKey } from '../context/loaders';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';

/** The search service answers at most 100 hits a page. */
const SEARCH_PAGE_MAX = 100;
const FACETS = ['domain', 'tag', 'classification', 'status', 'portType', 'qualityTier', 'slaStatus'] as const;

interface SearchFilterArgs {
  domain?: string[] | null;
  tag?: string[] | null;
  classification?: string[] | null;
  status?: string[] | null;
  portType?: string[] | null;
  qualityTier?: string[] | null;
  slaStatus?: string[] | null;
}

@Resolver('Query')
export class SearchQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Query('search')
  async search(
    @Args('q') q: string | null,
    @Args('filters') filters: SearchFilterArgs | null,
    @Args('field') field: string | null,
    @Args('sort') sort: string | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const filterQuery = Object.fromEntries(
      FACETS.map((facet) => [facet, filters?.[facet] ?? undefined]).filter(([, values]) => values !== undefined),
    );
    const result = await services.search.search({
      q: q ?? undefined,
      field: field ?? undefined,
      sort: sort ?? undefined,
      ...filterQuery,
      limit: serviceLimit(position, SEARCH_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    const connection = connectionOf(result.items, position, result.nextCursor, result.total);
    const facets = Object.fromEntries(FACETS.map((facet) => [facet, result.facets?.[facet] ?? []]));
    return { ...connection, totalCount: result.total, totalExact: result.totalExact, facets };
  }

  @Query('suggest')
  suggest(
    @Args('prefix') prefix: string,
    @Args('first') first: number | null,
    @Context() { services }: GatewayContext,
  ) {
    return services.search.suggest(prefix, Math.min(Math.max(first ?? 10, 1), 20));
  }
}

@Resolver('SearchHit')
export class SearchHitFields {
  @ResolveField('matchedFields')
  matchedFields(@Parent() hit: SearchHitView) {
    // Only a search by `field` matches schema fields.
    return hit.matchedFields ?? [];
  }

  @ResolveField('highlights')
  highlights(@Parent() hit: SearchHitView) {
    return Object.entries(hit.highlights ?? {}).map(([field, fragments]) => ({ field, fragments }));
  }

  @ResolveField('product')
  product(@Parent() hit: SearchHitView, @Context() { loaders }: GatewayContext) {
    return loaders.product.load(productKey(hit.domain, hit.name));
  }
}
