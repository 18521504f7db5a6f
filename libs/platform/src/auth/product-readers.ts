import type { AuthenticatedPrincipal } from './principal';
import { hasRole } from './rights';

/**
 * Who may read a restricted product (`spec.access.visibility: restricted`): platform admins, platform readers (the
 * services that check or index every product), the owners and members of its domain, and the principals holding an
 * active grant on it. Everyone may read the others. Every service decides it with these two functions: search
 * hides a restricted product's details from the rest, quality and lineage hide the product altogether.
 */
export interface ReaderScope {
  /** Reads every product: platform admins and platform readers. */
  all: boolean;
  principal: string;
  /** Domains the principal owns or belongs to. */
  domains: string[];
}

export function readerScope(principal: AuthenticatedPrincipal): ReaderScope {
  return {
    all: hasRole(principal, 'platform-admin') || hasRole(principal, 'platform-reader'),
    principal: principal.id,
    domains: principal.roles.flatMap((grant) =>
      (grant.role === 'domain-owner' || grant.role === 'domain-member') && grant.domain !== undefined
        ? [grant.domain]
        : [],
    ),
  };
}

/** The access a scope has to a product: `open` (not restricted), `granted`, or `restricted` (hidden from it). */
export type ProductAccess = 'open' | 'granted' | 'restricted';

export interface ProductAudience {
  domain: string;
  restricted: boolean;
  /** Principals holding an active grant on the product. */
  grantees: readonly string[];
}

export function productAccess(scope: ReaderScope, product: ProductAudience): ProductAccess {
  if (!product.restricted) return 'open';
  if (scope.all || scope.domains.includes(product.domain) || product.grantees.includes(scope.principal)) {
    return 'granted';
  }
  return 'restricted';
}

/** Whether the scope may read the product: `productAccess` is not `restricted`. */
export function mayReadProduct(scope: ReaderScope, product: ProductAudience): boolean {
  return productAccess(scope, product) !== 'restricted';
}
