import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type Properties = Record<string, string>;

/** Namespaces (domains) and their properties. */
@Injectable()
export class NamespacesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** False when the namespace exists already. */
  async create(name: string, properties: Properties): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO namespaces (name, properties) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING name`,
      [name, JSON.stringify(properties)],
    );
    return rows.length === 1;
  }

  async properties(name: string, manager: EntityManager = this.dataSource.manager): Promise<Properties | null> {
    const rows: { properties: Properties }[] = await manager.query(
      `SELECT properties FROM namespaces WHERE name = $1`,
      [name],
    );
    return rows[0]?.properties ?? null;
  }

  async list(after: string | null, limit: number | null): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM namespaces WHERE ($1::text IS NULL OR name > $1) ORDER BY name LIMIT $2`,
      [after, limit === null ? null : limit + 1],
    );
    return rows.map((row) => row.name);
  }

  /** Runs `change` on the namespace's properties, locked; null when there is no such namespace. */
  updateProperties<T>(
    name: string,
    change: (properties: Properties) => { next: Properties; result: T },
  ): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { properties: Properties }[] = await manager.query(
        `SELECT properties FROM namespaces WHERE name = $1 FOR UPDATE`,
        [name],
      );
      if (rows.length === 0) return null;
      const { next, result } = change(rows[0].properties);
      await manager.query(`UPDATE namespaces SET properties = $2, updated_at = now() WHERE name = $1`, [
        name,
        JSON.stringify(next),
      ]);
      return result;
    });
  }

  /** 'dropped', 'missing', or 'not-empty' when tables remain in it. */
  drop(name: string): Promise<'dropped' | 'missing' | 'not-empty'> {
    return this.dataSource.transaction(async (manager) => {
      const found: unknown[] = await manager.query(`SELECT 1 FROM namespaces WHERE name = $1 FOR UPDATE`, [name]);
      if (found.length === 0) return 'missing';
      const tables: unknown[] = await manager.query(`SELECT 1 FROM iceberg_tables WHERE namespace = $1 LIMIT 1`, [
        name,
      ]);
      if (tables.length > 0) return 'not-empty';
      await manager.query(`DELETE FROM namespaces WHERE name = $1`, [name]);
      return 'dropped';
    });
  }
}
