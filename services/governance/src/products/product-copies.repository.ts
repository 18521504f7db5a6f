import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProductKey, VersionRef } from './product-ref';

export type CopyState = 'proposed' | 'published' | 'deprecated' | 'retired';

export interface VersionCopy extends VersionRef {
  descriptor: DataProductDescriptor;
  state: CopyState;
  sunsetAt: Date | null;
}

interface CopyRow {
  domain: string;
  name: string;
  version: string;
  descriptor: DataProductDescriptor;
  state: CopyState;
  sunset_at: Date | null;
}

const toCopy = (row: CopyRow): VersionCopy => ({
  domain: row.domain,
  name: row.name,
  version: row.version,
  descriptor: row.descriptor,
  state: row.state,
  sunsetAt: row.sunset_at,
});

/**
 * Governance's own copy of every proposed version's descriptor and of its lifecycle state, kept from the lifecycle
 * events: `previous` and the re-evaluation of published products need them, without asking the registry.
 */
@Injectable()
export class ProductCopiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A version's descriptor never changes, so a redelivered proposal keeps the first copy. */
  async recordProposed(manager: EntityManager, ref: VersionRef, descriptor: unknown): Promise<void> {
    await manager.query(
      `INSERT INTO product_versions (domain, name, version, descriptor, state) VALUES ($1, $2, $3, $4, 'proposed')
       ON CONFLICT (domain, name, version) DO NOTHING`,
      [ref.domain, ref.name, ref.version, JSON.stringify(descriptor)],
    );
  }

  /** Moves a copy to a state; false when governance never saw the version proposed. */
  async setState(manager: EntityManager, ref: VersionRef, state: CopyState, sunsetAt?: Date | null): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, updated] = (await manager.query(
      `UPDATE product_versions SET state = $4, sunset_at = COALESCE($5, sunset_at), updated_at = now()
       WHERE domain = $1 AND name = $2 AND version = $3`,
      [ref.domain, ref.name, ref.version, state, sunsetAt ?? null],
    )) as [unknown[], number];
    return updated > 0;
  }

  async find(ref: VersionRef, manager: EntityManager = this.dataSource.manager): Promise<VersionCopy | null> {
    const rows: CopyRow[] = await manager.query(
      'SELECT * FROM product_versions WHERE domain = $1 AND name = $2 AND version = $3',
      [ref.domain, ref.name, ref.version],
    );
    return rows.length === 0 ? null : toCopy(rows[0]);
  }

  /** Every readable version of the given products. */
  async readableVersionsOf(products: readonly ProductKey[], manager: EntityManager = this.dataSource.manager) {
    if (products.length === 0) return [];
    const rows: CopyRow[] = await manager.query(
      `SELECT v.* FROM product_versions v JOIN unnest($1::text[], $2::text[]) AS p(domain, name)
         ON v.domain = p.domain AND v.name = p.name
       WHERE v.state IN ('published', 'deprecated')`,
      [products.map((product) => product.domain), products.map((product) => product.name)],
    );
    return rows.map(toCopy);
  }

  /**
   * The next page of products with a readable version, in (domain, name) order after `after`; limited to some
   * domains and products when a scope is given.
   */
  async readableProducts(
    after: ProductKey | null,
    limit: number,
    scope: { domains: readonly string[]; products: readonly string[] } | null,
  ): Promise<ProductKey[]> {
    const params: unknown[] = [after?.domain ?? '', after?.name ?? '', limit];
    let filter = '';
    if (scope !== null) {
      params.push(scope.domains, scope.products);
      filter = `AND (domain = ANY($4) OR domain || '/' || name = ANY($5))`;
    }
    return this.dataSource.query(
      `SELECT DISTINCT domain, name FROM product_versions
       WHERE state IN ('published', 'deprecated') AND (domain, name) > ($1, $2) ${filter}
       ORDER BY domain, name LIMIT $3`,
      params,
    );
  }
}
