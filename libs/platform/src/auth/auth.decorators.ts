import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { AuthError } from './auth-error';
import type { AuthenticatedPrincipal } from './principal';
import { principalOf } from './request-principal';

/**
 * How a route is protected: `public` routes never look at credentials; `optional` ones authenticate credentials
 * when sent (bad ones are refused) and serve anonymous callers too; `required` is every other route.
 */
export type RouteAccess = 'public' | 'optional' | 'required';

export const ROUTE_ACCESS = 'mesh:route-access';

/** Marks a route, or every route of a controller, as needing no token. */
export const Public = () => SetMetadata(ROUTE_ACCESS, 'public' satisfies RouteAccess);

/** The authenticated principal of the request; a route that needs one but has none is refused with a 401. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const principal: AuthenticatedPrincipal | undefined = principalOf(context.switchToHttp().getRequest<object>());
  if (principal === undefined) throw new AuthError('unauthenticated', 'a bearer token is required');
  return principal;
});
