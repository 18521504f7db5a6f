import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { productKey, type ProductKey } from '../products/product-ref';

export interface Waiver extends ProductKey {
  id: string;
  policyId: string;
  reason: string;
  approver: string;
  expiresAt: Date;
  createdAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
}

interface WaiverRow {
  id: string;
  domain: string;
  name: string;
  policy_id: string;
  reason: string;
  approver: string;
  expires_at: Date;
  created_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
}

const toWaiver = (row: WaiverRow): Waiver => ({
  id: row.id,
  domain: row.domain,
  name: row.name,
  policyId: row.policy_id,
  reason: row.reason,
  approver: row.approver,
  expiresAt: row.expires_at,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  revokedBy: row.revoked_by,
});

/** A waiver is active from its creation until it is revoked or expires. */
const ACTIVE = 'revoked_at IS NULL AND expires_at > now()';

@Injectable()
export class WaiversRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, waiver: Omit<Waiver, 'createdAt' | 'revokedAt' | 'revokedBy'>): Promise<Waiver> {
    const rows: WaiverRow[] = await manager.query(
      `INSERT INTO waivers (id, domain, name, policy_id, reason, approver, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [waiver.id, waiver.domain, waiver.name, waiver.policyId, waiver.reason, waiver.approver, waiver.expiresAt],
    );
    return toWaiver(rows[0]);
  }

  async findForUpdate(manager: EntityManager, id: string): Promise<Waiver | null> {
    const rows: WaiverRow[] = await manager.query('SELECT * FROM waivers WHERE id = $1 FOR UPDATE', [id]);
    return rows.length === 0 ? null : toWaiver(rows[0]);
  }

  async revoke(manager: EntityManager, id: string, actor: string): Promise<Waiver> {
    const rows: [WaiverRow[], number] = await manager.query(
      'UPDATE waivers SET revoked_at = now(), revoked_by = $2 WHERE id = $1 RETURNING *',
      [id, actor],
    );
    return toWaiver(rows[0][0]);
  }

  /** Waivers oldest first, `limit` of them after the (created at, id) `after`. */
  async list(filter: {
    product?: ProductKey;
    activeOnly: boolean;
    after?: [string, string];
    limit: number;
  }): Promise<Waiver[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.product !== undefined) {
      params.push(filter.product.domain, filter.product.name);
      where.push('domain = $1 AND name = $2');
    }
    if (filter.after !== undefined) {
      params.push(...filter.after);
      where.push(`(created_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    if (filter.activeOnly) where.push(ACTIVE);
    params.push(filter.limit);
    const rows: WaiverRow[] = await this.dataSource.query(
      `SELECT * FROM waivers ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ` +
        `ORDER BY created_at, id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toWaiver);
  }

  /** The ids of the policies the product is exempt from right now. */
  async activeFor(product: ProductKey, manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: { policy_id: string }[] = await manager.query(
      `SELECT policy_id FROM waivers WHERE domain = $1 AND name = $2 AND ${ACTIVE}`,
      [product.domain, product.name],
    );
    return new Set(rows.map((row) => row.policy_id));
  }

  /** Active waivers of every product, by `domain/name`. */
  async allActive(): Promise<Map<string, Set<string>>> {
    const rows: WaiverRow[] = await this.dataSource.query(`SELECT * FROM waivers WHERE ${ACTIVE}`);
    const byProduct = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = productKey(row);
      byProduct.set(key, (byProduct.get(key) ?? new Set()).add(row.policy_id));
    }
    return byProduct;
  }

  /** Marks the waivers that expired since the last round handled, returning their products (once each). */
  async takeExpired(manager: EntityManager): Promise<ProductKey[]> {
    const [rows]: [ProductKey[], number] = await manager.query(
      `UPDATE waivers SET expiry_handled = true
       WHERE id IN (SELECT id FROM waivers WHERE NOT expiry_handled AND revoked_at IS NULL AND expires_at <= now()
                    FOR UPDATE SKIP LOCKED)
       RETURNING domain, name`,
    );
    const unique = new Map(rows.map((row) => [productKey(row), { domain: row.domain, name: row.name }]));
    return [...unique.values()];
  }
}
