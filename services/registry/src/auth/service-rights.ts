import { hasRole, missingRight, type AuthenticatedPrincipal } from '@mesh/platform';

/**
 * Machine-to-machine operations (introspecting tokens, registering event schemas): service principals and
 * platform admins. A user's token, stolen or not, cannot probe other tokens or change contracts.
 */
export function requireServiceOrAdmin(principal: AuthenticatedPrincipal): void {
  if (principal.kind === 'service' || hasRole(principal, 'platform-admin')) return;
  throw missingRight('service principal or platform-admin');
}
