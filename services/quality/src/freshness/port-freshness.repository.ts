import { Injectable } from '@nestjs/common';
import type { ProductVersionRef } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';

export interface PortFreshnessRow {
  lastCommittedAt: Date | null;
  breachedSince: Date | null;
}

@Injectable()
export class PortFreshnessRepository {
  /** Records a publication; the time never goes back, whatever order events arrive in. */
  async recordPublished(
    manager: EntityManager,
    ref: ProductVersionRef,
    port: string,
    committedAt: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO port_freshness (domain, name, version, port, last_committed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (domain, name, version, port) DO UPDATE
         SET last_committed_at = GREATEST(port_freshness.last_committed_at, EXCLUDED.last_committed_at)`,
      [ref.domain, ref.name, ref.version, port, committedAt],
    );
  }

  /** The port's row, locked until the transaction ends, so that two monitors never announce one breach twice. */
  async lock(manager: EntityManager, ref: ProductVersionRef, port: string): Promise<PortFreshnessRow | null> {
    const rows: { last_committed_at: Date | null; breached_since: Date | null }[] = await manager.query(
      `SELECT last_committed_at, breached_since FROM port_freshness
       WHERE domain = $1 AND name = $2 AND version = $3 AND port = $4 FOR UPDATE`,
      [ref.domain, ref.name, ref.version, port],
    );
    return rows.length === 0
      ? null
      : { lastCommittedAt: rows[0].last_committed_at, breachedSince: rows[0].breached_since };
  }

  async setBreachedSince(
    manager: EntityManager,
    ref: ProductVersionRef,
    port: string,
    breachedSince: Date | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE port_freshness SET breached_since = $5 WHERE domain = $1 AND name = $2 AND version = $3 AND port = $4`,
      [ref.domain, ref.name, ref.version, port, breachedSince],
    );
  }

  /** Every port row of a version, by port. */
  async ofVersion(manager: EntityManager, ref: ProductVersionRef): Promise<Map<string, PortFreshnessRow>> {
    const rows: { port: string; last_committed_at: Date | null; breached_since: Date | null }[] = await manager.query(
      `SELECT port, last_committed_at, breached_since FROM port_freshness
       WHERE domain = $1 AND name = $2 AND version = $3`,
      [ref.domain, ref.name, ref.version],
    );
    return new Map(
      rows.map((row) => [row.port, { lastCommittedAt: row.last_committed_at, breachedSince: row.breached_since }]),
    );
  }
}
