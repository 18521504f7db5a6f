import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import type { DomainView } from '../clients/registry-client';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';

const REGISTRY_PAGE_MAX = 200;

interface CreateDomainArgs {
  name: string;
  title: string;
  description?: string | null;
  owningTeam: string;
}

@Resolver('Query')
export class DomainQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Query('domains')
  async domains(@Args() page: PageArgs, @Context() { services }: GatewayContext) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.registry.domains(serviceLimit(position, REGISTRY_PAGE_MAX), position.serviceCursor);
    return connectionOf(result.items, position, result.nextCursor, null);
  }

  @Query('domain')
  domain(@Args('name') name: string, @Context() { services }: GatewayContext) {
    return services.registry.domain(name);
  }
}

@Resolver('Mutation')
export class DomainMutations {
  @Mutation('createDomain')
  createDomain(@Args('input') input: CreateDomainArgs, @Context() { services }: GatewayContext) {
    return services.registry.createDomain({ ...input, description: input.description ?? undefined });
  }
}

@Resolver('Domain')
export class DomainFields {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @ResolveField('products')
  async products(@Parent() domain: DomainView, @Args() page: PageArgs, @Context() { services }: GatewayContext) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.registry.products({
      domain: domain.name,
      limit: serviceLimit(position, REGISTRY_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items, position, result.nextCursor, null);
  }

  @ResolveField('compliance')
  compliance(@Parent() domain: DomainView, @Context() { services }: GatewayContext) {
    return services.governance.domainCompliance(domain.name);
  }
}
