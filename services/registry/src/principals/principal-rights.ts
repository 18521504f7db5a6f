import { hasRole, missingRight, ownedDomains, type AuthenticatedPrincipal, type RoleGrant } from '@mesh/platform';

/**
 * Whether `actor` may manage a principal with `roles`: create it, and mint, list or revoke its tokens. Platform
 * admins manage everyone. A domain owner manages the principals that belong to their domains and to no other:
 * each role must be in a domain they own, except a consumer role without a domain, and at least one role must be
 * in one. Anything wider would let an owner mint a token that acts beyond their domain.
 */
export function requireManagePrincipal(actor: AuthenticatedPrincipal, roles: readonly RoleGrant[]): void {
  if (hasRole(actor, 'platform-admin')) return;
  const owned = new Set(ownedDomains(actor));
  for (const grant of roles) {
    if (grant.domain !== undefined && !owned.has(grant.domain)) {
      throw missingRight(`domain-owner of domain '${grant.domain}'`);
    }
    if (grant.domain === undefined && grant.role !== 'consumer') throw missingRight('platform-admin');
  }
  if (!roles.some((grant) => grant.domain !== undefined)) {
    throw missingRight(owned.size === 0 ? 'platform-admin or domain-owner' : 'platform-admin');
  }
}

/** Tokens of a principal: its managers (above), or the principal itself. */
export function requireManageTokens(
  actor: AuthenticatedPrincipal,
  owner: { id: string; roles: readonly RoleGrant[] },
): void {
  if (actor.id !== owner.id) requireManagePrincipal(actor, owner.roles);
}
