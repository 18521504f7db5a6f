import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG, hasRole } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import type { AccessRequestView } from '../clients/registry-client';
import type { GatewayContext } from '../context/gateway-context';
import { productKey, versionKey } from '../context/loaders';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';
import type { ProductParent } from './product-views';

const REGISTRY_PAGE_MAX = 200;

type AccessState = AccessRequestView['state'];

interface AccessRequestArgs {
  purpose: string;
  until: string;
  principal?: string | null;
}

/** An access request as the schema shows it: flat, with the product's coordinates beside the request. */
function requestView(request: AccessRequestView) {
  return { ...request, domain: request.product.domain, name: request.product.name };
}

@Resolver('Query')
export class AccessQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  /** With a domain, the requests of that domain's products; otherwise the registry's list (all for admins). */
  @Query('accessRequests')
  async accessRequests(
    @Args('status') status: AccessState | null,
    @Args('domain') domain: string | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const query = {
      state: status ?? undefined,
      limit: serviceLimit(position, REGISTRY_PAGE_MAX),
      cursor: position.serviceCursor,
    };
    const result =
      domain === null || domain === undefined
        ? await services.registry.accessRequests(query)
        : await services.registry.domainAccessRequests(domain, query);
    return connectionOf(result.items.map(requestView), position, result.nextCursor, null);
  }
}

@Resolver('Mutation')
export class AccessMutations {
  @Mutation('requestAccess')
  async requestAccess(
    @Args('domain') domain: string,
    @Args('name') name: string,
    @Args('input') input: AccessRequestArgs,
    @Context() { services }: GatewayContext,
  ) {
    const body = { purpose: input.purpose, until: input.until, principal: input.principal ?? undefined };
    return requestView(await services.registry.requestAccess(domain, name, body));
  }

  @Mutation('approveAccess')
  async approveAccess(@Args('id') id: string, @Args('reason') reason: string | null, @Context() ctx: GatewayContext) {
    return requestView(await ctx.services.registry.decide(id, 'approve', reason ?? undefined));
  }

  @Mutation('denyAccess')
  async denyAccess(@Args('id') id: string, @Args('reason') reason: string | null, @Context() ctx: GatewayContext) {
    return requestView(await ctx.services.registry.decide(id, 'deny', reason ?? undefined));
  }

  @Mutation('revokeAccess')
  async revokeAccess(@Args('id') id: string, @Args('reason') reason: string | null, @Context() ctx: GatewayContext) {
    return requestView(await ctx.services.registry.decide(id, 'revoke', reason ?? undefined));
  }
}

@Resolver('Product')
export class ProductAccessFields {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  /**
   * The caller's access to the product's data, as the catalog enforces it: OPEN for its domain's people and platform
   * admins, else the state of their latest request (GRANTED, PENDING), else NONE. Visibility decides who discovers
   * a product, not who reads it: every other reader needs a grant.
   */
  @ResolveField('access')
  async access(@Parent() product: ProductParent, @Context() { principal, loaders }: GatewayContext) {
    const [descriptor, request] = await Promise.all([
      loaders.descriptor.load(versionKey(product.domain, product.name, product.latestVersion)),
      loaders.ownRequest.load(productKey(product.domain, product.name)),
    ]);
    const policy = descriptor?.spec.access ?? { visibility: 'internal', approval: 'manual' };
    const ownDomain =
      hasRole(principal, 'platform-admin') ||
      hasRole(principal, 'domain-owner', product.domain) ||
      hasRole(principal, 'domain-member', product.domain);
    const requested = request?.state === 'granted' || request?.state === 'pending' ? request.state : 'none';
    const status = ownDomain ? 'open' : requested;
    return {
      status,
      request: request === null ? null : requestView(request),
      visibility: policy.visibility,
      approval: policy.approval,
    };
  }

  @ResolveField('accessRequests')
  async accessRequests(
    @Parent() product: ProductParent,
    @Args('status') status: AccessState | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.registry.productAccessRequests(product.domain, product.name, {
      state: status ?? undefined,
      limit: serviceLimit(position, REGISTRY_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items.map(requestView), position, result.nextCursor, null);
  }
}

@Resolver('AccessRequest')
export class AccessRequestFields {
  @ResolveField('product')
  product(@Parent() request: { domain: string; name: string }, @Context() { loaders }: GatewayContext) {
    return loaders.product.load(productKey(request.domain, request.name));
  }
}
