import { hasRole, type AuthenticatedPrincipal } from '@mesh/platform';

/**
 * What of restricted products a principal may see. Restricted products (`spec.access.visibility: restricted`)
 * are discoverable by everyone, but their description and schema only by platform admins, the owners and members
 * of their domain, and principals holding an active grant; to everyone else a hit is marked `access: restricted`
 * and shows the product's name, title, tags and other public attributes only.
 */
export interface PrincipalScope {
  /** Sees everything: platform admins. */
  all: boolean;
  principal: string;
  /** Domains the principal owns or belongs to. */
  domains: string[];
}

export function principalScope(principal: AuthenticatedPrincipal): PrincipalScope {
  return {
    all: hasRole(principal, 'platform-admin'),
    principal: principal.id,
    domains: principal.roles.flatMap((grant) =>
      (grant.role === 'domain-owner' || grant.role === 'domain-member') && grant.domain !== undefined
        ? [grant.domain]
        : [],
    ),
  };
}

/** The access a scope has to a product: `open` (not restricted), `granted`, or `restricted` (details hidden). */
export type ProductAccess = 'open' | 'granted' | 'restricted';

export function accessTo(
  scope: PrincipalScope,
  product: { visibility: string; domain: string; grantees: readonly string[] },
): ProductAccess {
  if (product.visibility !== 'restricted') return 'open';
  if (scope.all || scope.domains.includes(product.domain) || product.grantees.includes(scope.principal)) {
    return 'granted';
  }
  return 'restricted';
}
