import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { productKey } from '../context/loaders';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';
import type { ProductParent } from './product-views';

const QUALITY_PAGE_MAX = 200;

interface QualityParent {
  domain: string;
  name: string;
  version: string;
  score: number | null;
  tier: string;
}

@Resolver('Query')
export class QualityQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Query('alerts')
  async alerts(
    @Args('status') status: string[] | null,
    @Args('domain') domain: string | null,
    @Args('severity') severity: string[] | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.quality.alerts({
      state: status ?? undefined,
      domain: domain ?? undefined,
      severity: severity ?? undefined,
      limit: serviceLimit(position, QUALITY_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items, position, result.nextCursor, result.total);
  }
}

@Resolver('Mutation')
export class QualityMutations {
  @Mutation('acknowledgeAlert')
  acknowledgeAlert(@Args('id') id: string, @Args('note') note: string | null, @Context() { services }: GatewayContext) {
    return services.quality.acknowledge(id, note ?? undefined);
  }
}

@Resolver('Product')
export class ProductQualityFields {
  /** From the batch loader: the scores of a page of products take one call to quality. */
  @ResolveField('quality')
  async quality(
    @Parent() product: ProductParent,
    @Context() { loaders }: GatewayContext,
  ): Promise<QualityParent | null> {
    return loaders.score.load(productKey(product.domain, product.name));
  }
}

@Resolver('Quality')
export class QualityFields {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @ResolveField('latest')
  async latest(@Parent() quality: QualityParent, @Context() { services }: GatewayContext) {
    const score = await services.quality.score(quality.domain, quality.name);
    return score === null ? [] : [...score.rules, ...score.external];
  }

  @ResolveField('results')
  async results(
    @Parent() quality: QualityParent,
    @Args('rule') rule: string | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.quality.results(quality.domain, quality.name, {
      rule: rule ?? undefined,
      limit: serviceLimit(position, QUALITY_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items, position, result.nextCursor, null);
  }

  @ResolveField('openAlerts')
  openAlerts(@Parent() quality: QualityParent, @Context() { loaders }: GatewayContext) {
    return loaders.openAlerts.load(productKey(quality.domain, quality.name));
  }
}
