import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A principal's read access to a product (every port when `port` is null), until `expiresAt` if set. */
export interface CatalogGrant {
  grantId: string;
  principal: string;
  domain: string;
  product: string;
  port: string | null;
  expiresAt: Date | null;
}

interface GrantRow {
  grant_id: string;
  principal: string;
  domain: string;
  product: string;
  port: string | null;
  expires_at: Date | null;
}

const toGrant = (row: GrantRow): CatalogGrant => ({
  grantId: row.grant_id,
  principal: row.principal,
  domain: row.domain,
  product: row.product,
  port: row.port,
  expiresAt: row.expires_at,
});

@Injectable()
export class GrantsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts or replaces the grant with this id; idempotent. */
  async put(grant: CatalogGrant, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO grants (grant_id, principal, domain, product, port, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (grant_id) DO UPDATE SET principal = $2, domain = $3, product = $4, port = $5, expires_at = $6`,
      [grant.grantId, grant.principal, grant.domain, grant.product, grant.port, grant.expiresAt],
    );
  }

  /** Whether a grant was there to remove. */
  async remove(grantId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [, count] = (await manager.query(`DELETE FROM grants WHERE grant_id = $1`, [grantId])) as [unknown, number];
    return count > 0;
  }

  async get(grantId: string): Promise<CatalogGrant | null> {
    const rows: GrantRow[] = await this.dataSource.query(`SELECT * FROM grants WHERE grant_id = $1`, [grantId]);
    return rows.length === 0 ? null : toGrant(rows[0]);
  }

  async list(filter: { principal?: string; domain?: string; product?: string }): Promise<CatalogGrant[]> {
    const rows: GrantRow[] = await this.dataSource.query(
      `SELECT * FROM grants WHERE ($1::text IS NULL OR principal = $1) AND ($2::text IS NULL OR domain = $2)
       AND ($3::text IS NULL OR product = $3) ORDER BY domain, product, principal, grant_id LIMIT 1000`,
      [filter.principal ?? null, filter.domain ?? null, filter.product ?? null],
    );
    return rows.map(toGrant);
  }
}
