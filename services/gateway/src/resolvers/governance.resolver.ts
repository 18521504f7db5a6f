import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { PolicyView } from '../clients/governance-client';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { connectionOfList, type PageArgs } from '../graphql/connection';

interface PolicyArgs {
  title: string;
  description?: string | null;
  scope: string;
  severity: string;
  target?: string | null;
  expression: string;
  message: string;
}

interface WaiverArgs {
  product: string;
  policyId: string;
  reason: string;
  expiresAt: string;
}

/** Governance keeps policies and waivers few enough to list whole; the gateway pages them for the schema's sake. */
@Resolver('Query')
export class GovernanceQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Query('policies')
  async policies(@Args() page: PageArgs, @Context() { services }: GatewayContext) {
    return connectionOfList(await services.governance.policies(), page, this.config.MAX_PAGE_SIZE);
  }

  @Query('policy')
  policy(@Args('id') id: string, @Context() { services }: GatewayContext) {
    return services.governance.policy(id);
  }

  @Query('compliance')
  async compliance(@Args('domain') domain: string | null, @Context() { services }: GatewayContext) {
    if (domain !== null && domain !== undefined) {
      const figures = await services.governance.domainCompliance(domain);
      return figures === null ? null : { ...figures, domains: [], violations: figures.violations ?? [] };
    }
    const mesh = await services.governance.meshCompliance();
    return { ...mesh.overall, domains: mesh.domains, violations: [] };
  }

  @Query('waivers')
  async waivers(
    @Args('product') product: string | null,
    @Args('includeInactive') includeInactive: boolean | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const waivers = await services.governance.waivers(product ?? undefined, includeInactive !== true);
    return connectionOfList(waivers, page, this.config.MAX_PAGE_SIZE);
  }
}

@Resolver('Mutation')
export class GovernanceMutations {
  @Mutation('putPolicy')
  putPolicy(@Args('id') id: string, @Args('input') input: PolicyArgs, @Context() { services }: GatewayContext) {
    const { description, target, ...rest } = input;
    return services.governance.putPolicy(id, {
      ...rest,
      ...(description ? { description } : {}),
      target: target ?? 'product-version',
    });
  }

  @Mutation('createWaiver')
  createWaiver(@Args('input') input: WaiverArgs, @Context() { services }: GatewayContext) {
    return services.governance.createWaiver(input);
  }
}

@Resolver('Policy')
export class PolicyFields {
  @ResolveField('revisions')
  revisions(@Parent() policy: PolicyView, @Context() { services }: GatewayContext) {
    return services.governance.revisions(policy.id);
  }
}
