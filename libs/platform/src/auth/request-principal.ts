import type { AuthenticatedPrincipal } from './principal';

// Kept beside the request rather than on it, so nothing else can set or spoof it.
const principals = new WeakMap<object, AuthenticatedPrincipal>();

export function attachPrincipal(request: object, principal: AuthenticatedPrincipal): void {
  principals.set(request, principal);
}

/** The principal the guard authenticated for this request, if any. */
export function principalOf(request: object): AuthenticatedPrincipal | undefined {
  return principals.get(request);
}
