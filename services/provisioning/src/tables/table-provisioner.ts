import type { PartitionField, TableSchema } from '@mesh/descriptor';
import { UnrecoverableError } from 'bullmq';
import { contractSchema, sameSchema } from './contract-schema';
import type { IcebergCatalog } from './iceberg-catalog';
import {
  currentSchema,
  defaultSpec,
  type LoadTableResult,
  type TableRequirement,
  type TableUpdate,
} from './iceberg-types';
import { partitionSpec, samePartitioning } from './partition-spec';

/** An Iceberg port as provisioning makes it. */
export interface TablePlan {
  namespace: string;
  table: string;
  contract: TableSchema;
  partitioning: readonly PartitionField[];
  /** Set on a new table: which product it belongs to (`mesh.product`, `domain/name`) and which port. */
  properties: Record<string, string>;
}

/** The product (`domain/name`) a table was made for, when provisioning made it. */
export function tableHolder(loaded: LoadTableResult): string | undefined {
  return loaded.metadata.properties?.[PRODUCT_PROPERTY];
}

const PRODUCT_PROPERTY = 'mesh.product';

export type TableOutcome = 'created' | 'evolved' | 'unchanged';

/**
 * Makes a port's table match its contract, whatever it finds: no table (created), a table of an earlier minor or
 * patch version or one left by an interrupted run (evolved by a commit that keeps every field id, with the
 * catalog's optimistic requirements, so a concurrent change makes the commit fail and the job retry), or the
 * table as wanted (nothing done). Running it twice therefore never creates twice.
 */
export class TableProvisioner {
  constructor(private readonly catalog: IcebergCatalog) {}

  async provision(plan: TablePlan): Promise<TableOutcome> {
    await this.catalog.ensureNamespace(plan.namespace);
    const existing = await this.catalog.loadTable(plan.namespace, plan.table);
    if (existing !== null) return this.evolve(plan, existing);
    const { schema } = contractSchema(plan.contract);
    const created = await this.catalog.createTable(plan.namespace, {
      name: plan.table,
      schema,
      'partition-spec': partitionSpec(plan.partitioning, schema),
      properties: plan.properties,
    });
    if (created !== null) return 'created';
    // Created in between by another run: evolve it like any existing table.
    const raced = await this.catalog.loadTable(plan.namespace, plan.table);
    if (raced === null) throw new Error(`table ${plan.namespace}.${plan.table} exists and does not; retry`);
    return this.evolve(plan, raced);
  }

  private async evolve(plan: TablePlan, loaded: LoadTableResult): Promise<TableOutcome> {
    // A table belongs to one product: evolving another product's table would hand it to this one's grants. The
    // registry refuses such a descriptor at apply; this holds for whatever reached provisioning another way.
    const holder = tableHolder(loaded);
    const claimant = plan.properties[PRODUCT_PROPERTY];
    if (holder !== undefined && claimant !== undefined && holder !== claimant) {
      throw new UnrecoverableError(
        `table ${plan.namespace}.${plan.table} belongs to product ${holder}, not ${claimant}; give the port another table name`,
      );
    }
    const { metadata } = loaded;
    const current = currentSchema(metadata);
    const lastColumnId = metadata['last-column-id'] ?? 0;
    const { schema, lastColumnId: nextLastColumnId } = contractSchema(plan.contract, current, lastColumnId);
    const requirements: TableRequirement[] = [{ type: 'assert-table-uuid', uuid: metadata['table-uuid'] }];
    const updates: TableUpdate[] = [];
    if (current === undefined || !sameSchema(current, schema)) {
      requirements.push(
        { type: 'assert-current-schema-id', 'current-schema-id': metadata['current-schema-id'] ?? 0 },
        { type: 'assert-last-assigned-field-id', 'last-assigned-field-id': lastColumnId },
      );
      updates.push(
        { action: 'add-schema', schema, 'last-column-id': nextLastColumnId },
        { action: 'set-current-schema', 'schema-id': -1 },
      );
    }
    const spec = partitionSpec(plan.partitioning, schema);
    if (!samePartitioning(defaultSpec(metadata), spec)) {
      requirements.push({ type: 'assert-default-spec-id', 'default-spec-id': metadata['default-spec-id'] ?? 0 });
      updates.push({ action: 'add-spec', spec }, { action: 'set-default-spec', 'spec-id': -1 });
    }
    if (updates.length === 0) return 'unchanged';
    await this.catalog.commitTable(plan.namespace, plan.table, { requirements, updates });
    return 'evolved';
  }
}
