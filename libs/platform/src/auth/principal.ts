import { z } from 'zod';

/**
 * Every role a principal can hold. Domain roles are held in one domain; `consumer` may name one or none. The last
 * three are for the platform's own services, so that none of them needs `platform-admin`: `platform-service`
 * introspects tokens and registers event schemas, `platform-reader` reads what every domain keeps to itself (its
 * tables' metadata in the catalog, its access requests in the registry), `catalog-writer` creates and drops
 * namespaces and tables in every domain's namespace and applies catalog grants. docs/security.md tells who holds
 * which.
 */
export const ROLES = [
  'platform-admin',
  'governance-admin',
  'domain-owner',
  'domain-member',
  'consumer',
  'platform-service',
  'platform-reader',
  'catalog-writer',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only mean something in a domain, so a grant of one must name it. */
export const DOMAIN_ROLES: readonly Role[] = ['domain-owner', 'domain-member'];

/** Roles over the whole platform, so a grant of one must not name a domain. */
export const GLOBAL_ROLES: readonly Role[] = [
  'platform-admin',
  'governance-admin',
  'platform-reader',
  'catalog-writer',
];

export const PRINCIPAL_KINDS = ['user', 'service'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

export interface RoleGrant {
  role: Role;
  domain?: string;
}

/** Who made a request, as every service sees it once the token is checked. */
export interface AuthenticatedPrincipal {
  id: string;
  name: string;
  kind: PrincipalKind;
  roles: readonly RoleGrant[];
}

/** A role grant as it crosses a boundary (an API body, an introspection answer), with its domain rule checked. */
export const roleGrantSchema = z
  .object({ role: z.enum(ROLES), domain: z.string().min(1).optional() })
  .strict()
  .superRefine((grant, context) => {
    if (DOMAIN_ROLES.includes(grant.role) && grant.domain === undefined) {
      context.addIssue({ code: 'custom', path: ['domain'], message: `is required for ${grant.role}` });
    }
    if (GLOBAL_ROLES.includes(grant.role) && grant.domain !== undefined) {
      context.addIssue({ code: 'custom', path: ['domain'], message: `is not allowed for ${grant.role}` });
    }
  });

export const authenticatedPrincipalSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(PRINCIPAL_KINDS),
  roles: z.array(roleGrantSchema),
});
