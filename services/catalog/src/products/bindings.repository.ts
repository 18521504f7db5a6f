import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TableSchema } from '@mesh/descriptor';
import type { DataSource, EntityManager } from 'typeorm';

/** The product port a table serves, as the latest published version says, with that version's contract for it. */
export interface TableBinding {
  namespace: string;
  table: string;
  domain: string;
  product: string;
  version: string;
  port: string;
  contract: TableSchema | null;
}

/** A table_bindings row, as SELECT * gives it. */
export interface BindingRow {
  namespace: string;
  table_name: string;
  domain: string;
  product: string;
  version: string;
  port: string;
  contract: TableSchema | null;
}

export function bindingOf(row: BindingRow): TableBinding {
  return {
    namespace: row.namespace,
    table: row.table_name,
    domain: row.domain,
    product: row.product,
    version: row.version,
    port: row.port,
    contract: row.contract,
  };
}

@Injectable()
export class BindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    namespace: string,
    table: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TableBinding | null> {
    const rows: BindingRow[] = await manager.query(
      `SELECT * FROM table_bindings WHERE namespace = $1 AND table_name = $2`,
      [namespace, table],
    );
    return rows[0] === undefined ? null : bindingOf(rows[0]);
  }

  async put(manager: EntityManager, binding: TableBinding): Promise<void> {
    await manager.query(
      `INSERT INTO table_bindings (namespace, table_name, domain, product, version, port, contract)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (namespace, table_name) DO UPDATE
       SET domain = $3, product = $4, version = $5, port = $6, contract = $7, published_at = now()`,
      [
        binding.namespace,
        binding.table,
        binding.domain,
        binding.product,
        binding.version,
        binding.port,
        binding.contract === null ? null : JSON.stringify(binding.contract),
      ],
    );
  }

  /** Removes the bindings a retired version left, unless a later version took the table over. */
  async removeVersion(manager: EntityManager, domain: string, product: string, version: string): Promise<void> {
    await manager.query(`DELETE FROM table_bindings WHERE domain = $1 AND product = $2 AND version = $3`, [
      domain,
      product,
      version,
    ]);
  }
}
