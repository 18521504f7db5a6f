import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { bindingOf, type BindingRow, type TableBinding } from '../products/bindings.repository';
import type { ReadCoverage } from './table-access';

/** A table's row: where its current metadata file is. Every commit swaps `metadataLocation`. */
export interface TablePointer {
  namespace: string;
  name: string;
  uuid: string;
  metadataLocation: string;
}

interface PointerRow {
  namespace: string;
  name: string;
  table_uuid: string;
  metadata_location: string;
}

/**
 * Joins `gr`: whether principal `$<n>` holds an unexpired grant covering binding `b`'s port (`gr.granted`, null when
 * not), and until when (`gr.granted_until`: the latest expiry among those grants, null when one never expires).
 */
const grantJoin = (principal: string) => `LEFT JOIN LATERAL (
  SELECT true AS granted, CASE WHEN bool_or(g.expires_at IS NULL) THEN NULL ELSE max(g.expires_at) END AS granted_until
  FROM grants g WHERE g.principal = ${principal} AND g.domain = b.domain AND g.product = b.product
  AND (g.port IS NULL OR g.port = b.port) AND (g.expires_at IS NULL OR g.expires_at > now())
  HAVING count(*) > 0
) gr ON true`;

type CoverageRow = Partial<PointerRow> & {
  domain: string | null;
  product: string | null;
  granted: boolean | null;
  granted_until: Date | null;
};

function coverageOf(row: CoverageRow): ReadCoverage & { pointer: TablePointer | null } {
  const granted = row.granted === true;
  return {
    pointer: row.metadata_location == null ? null : toPointer(row as PointerRow),
    product: row.domain === null || row.product === null ? null : { domain: row.domain, name: row.product },
    granted,
    grantedUntil: granted ? row.granted_until : null,
  };
}

const toPointer = (row: PointerRow): TablePointer => ({
  namespace: row.namespace,
  name: row.name,
  uuid: row.table_uuid,
  metadataLocation: row.metadata_location,
});

@Injectable()
export class TablesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(namespace: string, name: string, manager: EntityManager = this.manager): Promise<TablePointer | null> {
    const rows: PointerRow[] = await manager.query(
      `SELECT namespace, name, table_uuid, metadata_location FROM iceberg_tables WHERE namespace = $1 AND name = $2`,
      [namespace, name],
    );
    return rows.length === 0 ? null : toPointer(rows[0]);
  }

  /**
   * What a read by `principal` needs, in one round trip since every load asks it: the table's pointer, the product
   * whose port the table is, and whether the principal holds an unexpired grant covering that port.
   */
  async findForRead(
    namespace: string,
    name: string,
    principal: string,
  ): Promise<ReadCoverage & { pointer: TablePointer | null }> {
    const rows: CoverageRow[] = await this.manager.query(
      `SELECT t.namespace, t.name, t.table_uuid, t.metadata_location, b.domain, b.product, gr.granted, gr.granted_until
       FROM (SELECT $1::text AS namespace, $2::text AS name) k
       LEFT JOIN iceberg_tables t ON t.namespace = k.namespace AND t.name = k.name
       LEFT JOIN table_bindings b ON b.namespace = k.namespace AND b.table_name = k.name
       ${grantJoin('$3')}`,
      [namespace, name, principal],
    );
    return coverageOf(rows[0]);
  }

  /**
   * The tables of a namespace that may hold the object at `location`, with what a read of it by `principal` needs,
   * in one round trip (the signer asks it once per caller and object directory): those whose metadata file lies under
   * `<table location>/metadata/`, the table location being a prefix of the object's. The caller confirms the table's
   * location from its metadata.
   */
  async findForObject(
    namespace: string,
    location: string,
    principal: string,
  ): Promise<(ReadCoverage & { pointer: TablePointer })[]> {
    const rows: CoverageRow[] = await this.manager.query(
      `SELECT t.namespace, t.name, t.table_uuid, t.metadata_location, b.domain, b.product, gr.granted, gr.granted_until
       FROM iceberg_tables t
       LEFT JOIN table_bindings b ON b.namespace = t.namespace AND b.table_name = t.name
       ${grantJoin('$3')}
       WHERE t.namespace = $1
         AND starts_with($2, regexp_replace(t.metadata_location, '/metadata/[^/]+$', '') || '/')`,
      [namespace, location, principal],
    );
    return rows.map((row) => coverageOf(row) as ReadCoverage & { pointer: TablePointer });
  }

  /**
   * What a commit starts from, in one round trip: the table's pointer (null while it does not exist, as for a
   * create transaction) and the product port it is bound to, if any.
   */
  async findForCommit(
    namespace: string,
    name: string,
  ): Promise<{ pointer: TablePointer | null; binding: TableBinding | null }> {
    const rows: (Partial<PointerRow> & Partial<BindingRow> & { bound: boolean })[] = await this.manager.query(
      `SELECT t.namespace, t.name, t.table_uuid, t.metadata_location,
              b.table_name, b.domain, b.product, b.version, b.port, b.contract, b.namespace IS NOT NULL AS bound
       FROM (SELECT $1::text AS namespace, $2::text AS name) k
       LEFT JOIN iceberg_tables t ON t.namespace = k.namespace AND t.name = k.name
       LEFT JOIN table_bindings b ON b.namespace = k.namespace AND b.table_name = k.name`,
      [namespace, name],
    );
    const row = rows[0];
    return {
      pointer: row.metadata_location == null ? null : toPointer(row as PointerRow),
      binding: row.bound ? bindingOf({ ...(row as BindingRow), namespace }) : null,
    };
  }

  async list(namespace: string, after: string | null, limit: number | null): Promise<string[]> {
    const rows: { name: string }[] = await this.manager.query(
      `SELECT name FROM iceberg_tables WHERE namespace = $1 AND ($2::text IS NULL OR name > $2) ORDER BY name LIMIT $3`,
      [namespace, after, limit === null ? null : limit + 1],
    );
    return rows.map((row) => row.name);
  }

  /** False when the name is taken. */
  async insert(manager: EntityManager, pointer: TablePointer): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO iceberg_tables (namespace, name, table_uuid, metadata_location) VALUES ($1, $2, $3, $4)
       ON CONFLICT (namespace, name) DO NOTHING RETURNING name`,
      [pointer.namespace, pointer.name, pointer.uuid, pointer.metadataLocation],
    );
    return rows.length === 1;
  }

  /**
   * The commit's compare-and-swap: moves the pointer only if it is still where the commit read it. False when
   * another commit moved it first.
   */
  async swap(
    manager: EntityManager,
    namespace: string,
    name: string,
    expected: string,
    next: string,
  ): Promise<boolean> {
    const [, count] = (await manager.query(
      `UPDATE iceberg_tables SET metadata_location = $4, updated_at = now()
       WHERE namespace = $1 AND name = $2 AND metadata_location = $3`,
      [namespace, name, expected, next],
    )) as [unknown, number];
    return count === 1;
  }

  /** Replaces the pointer whatever it is (register with overwrite). */
  async replace(manager: EntityManager, pointer: TablePointer): Promise<void> {
    await manager.query(
      `UPDATE iceberg_tables SET metadata_location = $4, table_uuid = $3, updated_at = now()
       WHERE namespace = $1 AND name = $2`,
      [pointer.namespace, pointer.name, pointer.uuid, pointer.metadataLocation],
    );
  }

  async delete(namespace: string, name: string): Promise<TablePointer | null> {
    // TypeORM answers a DELETE with its rows and the affected count.
    const [rows] = (await this.manager.query(
      `DELETE FROM iceberg_tables WHERE namespace = $1 AND name = $2
       RETURNING namespace, name, table_uuid, metadata_location`,
      [namespace, name],
    )) as [PointerRow[], number];
    return rows.length === 0 ? null : toPointer(rows[0]);
  }

  /** 'renamed', 'missing' (no source), or 'exists' (the destination is taken). */
  async rename(from: { namespace: string; name: string }, to: { namespace: string; name: string }) {
    try {
      const [, count] = (await this.manager.query(
        `UPDATE iceberg_tables SET namespace = $3, name = $4, updated_at = now() WHERE namespace = $1 AND name = $2`,
        [from.namespace, from.name, to.namespace, to.name],
      )) as [unknown, number];
      return count === 1 ? 'renamed' : 'missing';
    } catch (error) {
      if ((error as { code?: string }).code === '23505') return 'exists';
      throw error;
    }
  }
}
