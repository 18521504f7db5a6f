import type { AuthenticatedPrincipal, PrincipalKind, RoleGrant } from '@mesh/platform';
import type { PrincipalEntity } from './principal.entity';

export interface PrincipalView {
  id: string;
  name: string;
  kind: PrincipalKind;
  roles: RoleGrant[];
  createdAt: Date;
}

export function principalUrn(id: string): string {
  return `urn:mesh:principal:${id}`;
}

/** Roles in a stable order (by role, then domain), so that answers and audit entries compare equal. */
export function sortedRoles(roles: readonly RoleGrant[]): RoleGrant[] {
  const key = (grant: RoleGrant) => `${grant.role}\u0000${grant.domain ?? ''}`;
  const unique = new Map(roles.map((grant) => [key(grant), grant]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, grant]) => grant);
}

/** The domains a principal belongs to through its roles; their owners manage it and see its audit entries. */
export function domainsOf(roles: readonly RoleGrant[]): string[] {
  return [...new Set(roles.flatMap((grant) => (grant.domain === undefined ? [] : [grant.domain])))].sort();
}

export function toPrincipalView(entity: PrincipalEntity): PrincipalView {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    roles: sortedRoles(entity.roles.map(({ role, domain }) => (domain === null ? { role } : { role, domain }))),
    createdAt: entity.createdAt,
  };
}

export function toAuthenticatedPrincipal({ id, name, kind, roles }: PrincipalView): AuthenticatedPrincipal {
  return { id, name, kind, roles };
}
