import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { FlowView } from '../clients/provisioning-client';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';

const PROVISIONING_PAGE_MAX = 200;

@Resolver('Query')
export class ProvisioningQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Query('flows')
  async flows(
    @Args('state') state: string | null,
    @Args('domain') domain: string | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.provisioning.flows({
      state: state ?? undefined,
      domain: domain ?? undefined,
      limit: serviceLimit(position, PROVISIONING_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items, position, result.nextCursor, null);
  }
}

@Resolver('Mutation')
export class ProvisioningMutations {
  @Mutation('retryFlow')
  retryFlow(
    @Args('domain') domain: string,
    @Args('name') name: string,
    @Args('version') version: string,
    @Context() { services }: GatewayContext,
  ) {
    return services.provisioning.retry(domain, name, version);
  }
}

@Resolver('Flow')
export class FlowFields {
  /** Provisioning calls it `product`; everywhere else in the schema a product's name is `name`. */
  @ResolveField('name')
  name(@Parent() flow: FlowView) {
    return flow.product;
  }
}
