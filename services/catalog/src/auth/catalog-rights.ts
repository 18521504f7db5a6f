import { hasRole, mayWriteDomain, requireDomainWrite, requireRole, type AuthenticatedPrincipal } from '@mesh/platform';

/**
 * Writing in a namespace (creating, changing or dropping it, or a table in it): the domain's owners and members, a
 * platform admin, or `catalog-writer`, the provisioning service's role, which makes every domain's tables without
 * being an admin. The refusal names the domain's right, the one a person would ask for.
 */
export function requireNamespaceWrite(principal: AuthenticatedPrincipal, namespace: string): void {
  if (!mayWriteNamespace(principal, namespace)) requireDomainWrite(principal, namespace);
}

/**
 * Whether the principal may write in the namespace (requireNamespaceWrite). The S3 signer asks it of every read, so
 * it answers without building a refusal (an error and its stack) for the many callers who may not.
 */
export function mayWriteNamespace(principal: AuthenticatedPrincipal, namespace: string): boolean {
  return hasRole(principal, 'catalog-writer') || mayWriteDomain(principal, namespace);
}

/** Managing grants: platform admins, and provisioning (`catalog-writer`), which applies the registry's grants. */
export function requireGrantsManager(principal: AuthenticatedPrincipal): void {
  requireRole(principal, ['platform-admin', 'catalog-writer']);
}
