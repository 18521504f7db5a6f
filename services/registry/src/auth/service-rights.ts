import { requireRole, type AuthenticatedPrincipal } from '@mesh/platform';

/**
 * Machine-to-machine operations (introspecting tokens, registering event schemas, compatibility levels): the
 * platform's services (`platform-service`) and platform admins. Being a principal of kind `service` is not enough:
 * a domain owner may create service principals for their pipelines, and those must not probe tokens or change the
 * platform's event contracts. A user's token, stolen or not, cannot either.
 */
export function requireServiceOrAdmin(principal: AuthenticatedPrincipal): void {
  requireRole(principal, ['platform-service', 'platform-admin']);
}
