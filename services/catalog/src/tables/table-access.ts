import { Injectable } from '@nestjs/common';
import { hasRole, missingRight, type AuthenticatedPrincipal } from '@mesh/platform';
import { requireNamespaceWrite } from '../auth/catalog-rights';

/** What reading a table by a principal depends on besides its roles: the product the table serves, and a grant. */
export interface ReadCoverage {
  /** The product whose port the table is; null for a table no product claims. */
  product: { domain: string; name: string } | null;
  /** Whether the principal holds an unexpired grant covering that port. */
  granted: boolean;
  /** Until when `granted` holds: the latest expiry of those grants; null when none ends (or there is none). */
  grantedUntil: Date | null;
}

/**
 * Who may do what with a table. Writing (create, commit, drop, rename, register) takes the right to write in its
 * namespace (requireNamespaceWrite). Reading its data (load, credentials) takes that domain's ownership or
 * membership, a platform admin, a platform reader (the services that check every product's data), or an unexpired
 * grant on the product whose port the table is; a table no product claims is readable by its domain only.
 */
@Injectable()
export class TableAccess {
  requireWrite(principal: AuthenticatedPrincipal, namespace: string): void {
    requireNamespaceWrite(principal, namespace);
  }

  requireRead(principal: AuthenticatedPrincipal, namespace: string, table: string, coverage: ReadCoverage): void {
    if (
      coverage.granted ||
      hasRole(principal, 'platform-admin') ||
      hasRole(principal, 'platform-reader') ||
      hasRole(principal, 'domain-owner', namespace) ||
      hasRole(principal, 'domain-member', namespace)
    )
      return;
    const grant =
      coverage.product === null
        ? `(table ${namespace}.${table} belongs to no product, so no grant can cover it)`
        : `or a grant on product ${coverage.product.domain}/${coverage.product.name}`;
    throw missingRight(
      `read on table ${namespace}.${table}: domain-owner or domain-member of domain '${namespace}' ${grant}`,
    );
  }
}
