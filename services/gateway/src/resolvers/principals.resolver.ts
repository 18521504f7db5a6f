import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CONFIG, hasRole, type Role } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { connectionOf, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';

const REGISTRY_PAGE_MAX = 200;

interface CreatePrincipalArgs {
  name: string;
  kind: 'user' | 'service';
  roles: { role: Role; domain?: string | null }[];
}

@Resolver('Query')
export class PrincipalQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  /** The principal of the caller's token as the registry sees it, with its domains and the token's expiry. */
  @Query('me')
  async me(@Context() { principal, services }: GatewayContext) {
    const me = await services.registry.me();
    return { ...me, isAdmin: hasRole(principal, 'platform-admin') };
  }

  @Query('auditLog')
  async auditLog(
    @Args('subject') subject: string | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.registry.audit({
      subject: subject ?? undefined,
      limit: serviceLimit(position, REGISTRY_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items, position, result.nextCursor, null);
  }
}

@Resolver('Mutation')
export class PrincipalMutations {
  @Mutation('createPrincipal')
  createPrincipal(@Args('input') input: CreatePrincipalArgs, @Context() { services }: GatewayContext) {
    const roles = input.roles.map(({ role, domain }) => (domain ? { role, domain } : { role }));
    return services.registry.createPrincipal({ name: input.name, kind: input.kind, roles });
  }

  @Mutation('createToken')
  createToken(
    @Args('principalId') principalId: string,
    @Args('name') name: string,
    @Args('expiresInDays') expiresInDays: number | null,
    @Context() { services }: GatewayContext,
  ) {
    return services.registry.createToken(principalId, expiresInDays === null ? { name } : { name, expiresInDays });
  }
}
