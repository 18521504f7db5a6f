import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayReadProduct, readerScope, type AuthenticatedPrincipal } from '@mesh/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface ProductKey {
  domain: string;
  name: string;
}

/** A grant as `access.granted` and `access.revoked` carry it. */
export interface ProductGrant {
  grantId: string;
  principal: string;
  product: ProductKey;
  /** Epoch milliseconds; null for no expiry. */
  expiresAt: number | null;
}

/** A condition over a product's domain and name columns, and its parameters, to put in a WHERE clause. */
export interface ReadableCondition {
  sql: string;
  parameters: unknown[];
}

const key = (product: ProductKey) => `${product.domain}/${product.name}`;

/**
 * Whether a caller may read a product, for the services that hide restricted products from those who may not
 * (quality, lineage): the rule is `mayReadProduct` of @mesh/platform, fed with what this service learnt from the
 * mesh's events (the tables of ProductReaders1766100000000). A product this service never heard of is not restricted.
 */
@Injectable()
export class ProductReaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether the product is restricted, from its latest published descriptor. */
  async recordVisibility(manager: EntityManager, product: ProductKey, visibility: string): Promise<void> {
    await manager.query(
      `INSERT INTO product_visibility (domain, name, restricted) VALUES ($1, $2, $3)
       ON CONFLICT (domain, name) DO UPDATE SET restricted = excluded.restricted`,
      [product.domain, product.name, visibility === 'restricted'],
    );
  }

  /** A grant given (active) or withdrawn; a withdrawn grant stays withdrawn, whatever order the events come in. */
  async recordGrant(manager: EntityManager, grant: ProductGrant, active: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO product_grants (grant_id, domain, name, principal, active, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (grant_id) DO UPDATE
       SET active = product_grants.active AND excluded.active,
           expires_at = coalesce(product_grants.expires_at, excluded.expires_at)`,
      [
        grant.grantId,
        grant.product.domain,
        grant.product.name,
        grant.principal,
        active,
        grant.expiresAt === null ? null : new Date(grant.expiresAt),
      ],
    );
  }

  async mayRead(principal: AuthenticatedPrincipal, product: ProductKey): Promise<boolean> {
    return (await this.readable(principal, [product])).length === 1;
  }

  /** The products among these that the principal may read, in their order. */
  async readable<T extends ProductKey>(principal: AuthenticatedPrincipal, products: readonly T[]): Promise<T[]> {
    const scope = readerScope(principal);
    if (scope.all || products.length === 0) return [...products];
    const restricted: { domain: string; name: string; granted: boolean }[] = await this.dataSource.query(
      `SELECT v.domain, v.name,
              EXISTS (SELECT 1 FROM product_grants g
                      WHERE g.domain = v.domain AND g.name = v.name AND g.principal = $3 AND g.active
                        AND (g.expires_at IS NULL OR g.expires_at > now())) AS granted
       FROM product_visibility v
       WHERE v.restricted AND (v.domain, v.name) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [products.map((product) => product.domain), products.map((product) => product.name), scope.principal],
    );
    const audiences = new Map(
      restricted.map((row) => [
        key(row),
        { domain: row.domain, restricted: true, grantees: row.granted ? [scope.principal] : [] },
      ]),
    );
    return products.filter((product) => {
      const audience = audiences.get(key(product));
      return audience === undefined || mayReadProduct(scope, audience);
    });
  }
}

/**
 * ProductReaders' rule as a SQL condition over a product's `domain` and `name` columns, with its parameters numbered
 * from `first`: for lists that page in the database.
 */
export function readableCondition(
  principal: AuthenticatedPrincipal,
  columns: { domain: string; name: string },
  first: number,
): ReadableCondition {
  const scope = readerScope(principal);
  if (scope.all) return { sql: 'TRUE', parameters: [] };
  const [domains, reader] = [`$${first}::text[]`, `$${first + 1}::text`];
  const { domain, name } = columns;
  return {
    sql: `(${domain} = ANY (${domains})
      OR NOT EXISTS (SELECT 1 FROM product_visibility v WHERE v.domain = ${domain} AND v.name = ${name} AND v.restricted)
      OR EXISTS (SELECT 1 FROM product_grants g
                 WHERE g.domain = ${domain} AND g.name = ${name} AND g.principal = ${reader} AND g.active
                   AND (g.expires_at IS NULL OR g.expires_at > now())))`,
    parameters: [scope.domains, scope.principal],
  };
}
