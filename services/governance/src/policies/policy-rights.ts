import { hasRole, missingRight, type AuthenticatedPrincipal } from '@mesh/platform';

/**
 * Federation: governance admins (and platform admins) own global policies; a domain's owners may add policies for
 * their domain only. A refusal names the right that was missing.
 */
export function requirePolicyWrite(principal: AuthenticatedPrincipal, domain: string | null): void {
  if (hasRole(principal, 'governance-admin') || hasRole(principal, 'platform-admin')) return;
  if (domain === null) throw missingRight('governance-admin or platform-admin (global policies)');
  if (hasRole(principal, 'domain-owner', domain)) return;
  throw missingRight(`domain-owner of domain '${domain}', governance-admin or platform-admin`);
}

/** Waivers exempt a product from a policy, global ones included, so only governance may grant them. */
export function requireWaiverApprover(principal: AuthenticatedPrincipal): void {
  if (hasRole(principal, 'governance-admin') || hasRole(principal, 'platform-admin')) return;
  throw missingRight('governance-admin or platform-admin');
}
