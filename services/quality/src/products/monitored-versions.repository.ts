import { Injectable } from '@nestjs/common';
import type { OutputPort, ProductVersionRef } from '@mesh/contracts';
import type { DataProductDescriptor } from '@mesh/descriptor';
import type { EntityManager } from 'typeorm';

/** A published version whose data the service checks and whose freshness it measures. */
export interface MonitoredVersion {
  ref: ProductVersionRef;
  descriptor: DataProductDescriptor;
  outputPorts: OutputPort[];
  publishedAt: Date;
}

interface Row {
  domain: string;
  name: string;
  version: string;
  descriptor: DataProductDescriptor;
  output_ports: OutputPort[];
  published_at: Date;
}

const toVersion = (row: Row): MonitoredVersion => ({
  ref: { domain: row.domain, name: row.name, version: row.version },
  descriptor: row.descriptor,
  outputPorts: row.output_ports,
  publishedAt: row.published_at,
});

@Injectable()
export class MonitoredVersionsRepository {
  /**
   * Stores the version with a freshness row per port, and stops monitoring the older versions of its major: minor
   * and patch versions share their tables, so the newest one alone receives the data. Its ports take over the
   * last publication and any ongoing breach of the version it supersedes, so that neither restarts from zero.
   * A repeated publication changes nothing.
   */
  async upsert(manager: EntityManager, version: MonitoredVersion): Promise<void> {
    const { domain, name, version: number } = version.ref;
    await manager.query(
      `INSERT INTO monitored_versions (domain, name, version, descriptor, output_ports, published_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (domain, name, version) DO UPDATE SET output_ports = EXCLUDED.output_ports`,
      [
        domain,
        name,
        number,
        JSON.stringify(version.descriptor),
        JSON.stringify(version.outputPorts),
        version.publishedAt,
      ],
    );
    await manager.query(
      `INSERT INTO port_freshness (domain, name, version, port, last_committed_at, breached_since)
       SELECT $1, $2, $3, port, previous.last_committed_at, previous.breached_since
       FROM unnest($4::text[]) AS port
       LEFT JOIN LATERAL (
         SELECT p.last_committed_at, p.breached_since FROM port_freshness p
         WHERE p.domain = $1 AND p.name = $2 AND p.port = port AND p.version <> $3
           AND split_part(p.version, '.', 1) = split_part($3, '.', 1)
         ORDER BY p.last_committed_at DESC NULLS LAST LIMIT 1
       ) previous ON true
       ON CONFLICT DO NOTHING`,
      [domain, name, number, version.descriptor.spec.outputPorts.map((port) => port.name)],
    );
    await manager.query(
      `UPDATE monitored_versions v SET retired_at = now()
       WHERE v.domain = $1 AND v.name = $2 AND v.retired_at IS NULL
         AND split_part(v.version, '.', 1) = split_part($3, '.', 1)
         AND v.published_at < (
           SELECT max(published_at) FROM monitored_versions
           WHERE domain = $1 AND name = $2 AND split_part(version, '.', 1) = split_part($3, '.', 1)
         )`,
      [domain, name, number],
    );
  }

  async find(manager: EntityManager, ref: ProductVersionRef): Promise<MonitoredVersion | null> {
    const rows: Row[] = await manager.query(
      'SELECT * FROM monitored_versions WHERE domain = $1 AND name = $2 AND version = $3',
      [ref.domain, ref.name, ref.version],
    );
    return rows.length === 0 ? null : toVersion(rows[0]);
  }

  /** The latest monitored version of a product, retired or not. */
  async latest(manager: EntityManager, domain: string, name: string): Promise<MonitoredVersion | null> {
    const rows: Row[] = await manager.query(
      `SELECT * FROM monitored_versions WHERE domain = $1 AND name = $2 ORDER BY published_at DESC LIMIT 1`,
      [domain, name],
    );
    return rows.length === 0 ? null : toVersion(rows[0]);
  }

  /** Versions still monitored: neither retired nor superseded by a newer version of their major. */
  async active(manager: EntityManager): Promise<MonitoredVersion[]> {
    const rows: Row[] = await manager.query('SELECT * FROM monitored_versions WHERE retired_at IS NULL');
    return rows.map(toVersion);
  }

  async retire(manager: EntityManager, ref: ProductVersionRef): Promise<void> {
    await manager.query(
      `UPDATE monitored_versions SET retired_at = now()
       WHERE domain = $1 AND name = $2 AND version = $3 AND retired_at IS NULL`,
      [ref.domain, ref.name, ref.version],
    );
  }
}
