import type { RoleGrant } from './principal';

/** The services that call the registry (and each other) with a token of their own; the registry needs none. */
export const PLATFORM_SERVICES = [
  'catalog',
  'governance',
  'provisioning',
  'quality',
  'search',
  'lineage',
  'gateway',
] as const;
export type PlatformService = (typeof PLATFORM_SERVICES)[number];

const service: RoleGrant = { role: 'platform-service' };
const reader: RoleGrant = { role: 'platform-reader' };

/**
 * What each service's principal may do: exactly what it calls with its token (docs/security.md has the table).
 * Every service introspects the tokens it is sent and registers the event schemas it publishes (platform-service).
 * Product descriptors are read by any principal, so reading them needs nothing more. Beyond that:
 * - quality loads every published table's metadata from the catalog to check its data (platform-reader);
 * - provisioning reads every product's granted access requests, and creates, evolves and drops every domain's
 *   tables and applies their grants in the catalog (platform-reader, catalog-writer);
 * - the gateway reads restricted products' access requests to decide who sees their events (platform-reader).
 */
export const SERVICE_ROLES: Readonly<Record<PlatformService, readonly RoleGrant[]>> = {
  catalog: [service],
  governance: [service],
  provisioning: [service, reader, { role: 'catalog-writer' }],
  quality: [service, reader],
  search: [service],
  lineage: [service],
  gateway: [service, reader],
};

/** The name of a service's principal in the registry. */
export function servicePrincipalName(name: PlatformService): string {
  return `${name}-service`;
}
