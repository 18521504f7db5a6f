import { missingRight } from './auth-error';
import type { AuthenticatedPrincipal, Role } from './principal';

/** Whether the principal holds the role; in that domain when one is given. */
export function hasRole(principal: AuthenticatedPrincipal, role: Role, domain?: string): boolean {
  return principal.roles.some((grant) => grant.role === role && (domain === undefined || grant.domain === domain));
}

/** The domains the principal owns. */
export function ownedDomains(principal: AuthenticatedPrincipal): string[] {
  return principal.roles.flatMap((grant) =>
    grant.role === 'domain-owner' && grant.domain !== undefined ? [grant.domain] : [],
  );
}

/**
 * Requires one of the given roles. No role implies another here: a route open to platform admins says so, which
 * keeps each route's rule readable where it is enforced.
 */
export function requireRole(principal: AuthenticatedPrincipal, roles: Role | readonly Role[]): void {
  const accepted: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  if (!accepted.some((role) => hasRole(principal, role))) throw missingRight(accepted.join(' or '));
}

/** Whether the principal may change what a domain owns (requireDomainWrite), without a refusal to build. */
export function mayWriteDomain(principal: AuthenticatedPrincipal, domain: string): boolean {
  return (
    hasRole(principal, 'platform-admin') ||
    hasRole(principal, 'domain-owner', domain) ||
    hasRole(principal, 'domain-member', domain)
  );
}

/** Changing what a domain owns (its products, its tables): its owners and members, or a platform admin. */
export function requireDomainWrite(principal: AuthenticatedPrincipal, domain: string): void {
  if (!mayWriteDomain(principal, domain)) throw missingRight(`domain-owner or domain-member of domain '${domain}'`);
}

/**
 * Reading what a domain keeps to itself (its access requests, the metadata of its tables): those who may change it,
 * and `platform-reader`, the platform services that read every domain. The refusal names the domain's right, the
 * one a person would ask for.
 */
export function requireDomainRead(principal: AuthenticatedPrincipal, domain: string): void {
  if (hasRole(principal, 'platform-reader')) return;
  requireDomainWrite(principal, domain);
}

/** Changing the domain itself and who belongs to it: its owners, or a platform admin. */
export function requireDomainOwner(principal: AuthenticatedPrincipal, domain: string): void {
  if (hasRole(principal, 'platform-admin') || hasRole(principal, 'domain-owner', domain)) return;
  throw missingRight(`domain-owner of domain '${domain}'`);
}
