import type { TableSchema } from '@mesh/descriptor';
import type { IcebergCatalog } from './iceberg-catalog';
import type { CommitTableRequest, CreateTableRequest, LoadTableResult } from './iceberg-types';
import { TableProvisioner } from './table-provisioner';

/** A catalog in memory that applies schema and spec commits as an Iceberg catalog would. */
class MemoryCatalog implements IcebergCatalog {
  readonly namespaces = new Set<string>();
  readonly tables = new Map<string, LoadTableResult>();
  readonly commits: CommitTableRequest[] = [];
  creates = 0;

  async ensureNamespace(namespace: string): Promise<void> {
    this.namespaces.add(namespace);
  }

  async loadTable(namespace: string, table: string): Promise<LoadTableResult | null> {
    return structuredClone(this.tables.get(`${namespace}.${table}`) ?? null);
  }

  async createTable(namespace: string, request: CreateTableRequest): Promise<LoadTableResult | null> {
    const key = `${namespace}.${request.name}`;
    if (this.tables.has(key)) return null;
    this.creates += 1;
    const result: LoadTableResult = {
      metadata: {
        'table-uuid': `uuid-${key}`,
        'current-schema-id': 0,
        'last-column-id': Math.max(...request.schema.fields.map((field) => field.id)),
        schemas: [{ ...request.schema, 'schema-id': 0 }],
        'default-spec-id': 0,
        'partition-specs': [{ ...request['partition-spec']!, 'spec-id': 0 }],
        properties: request.properties,
      },
    };
    this.tables.set(key, result);
    return result;
  }

  async commitTable(namespace: string, table: string, request: CommitTableRequest): Promise<LoadTableResult> {
    this.commits.push(request);
    const { metadata } = this.tables.get(`${namespace}.${table}`)!;
    for (const update of request.updates) {
      if (update.action === 'add-schema') {
        const id = metadata.schemas!.length;
        metadata.schemas!.push({ ...update.schema, 'schema-id': id });
        metadata['current-schema-id'] = id;
        metadata['last-column-id'] = update['last-column-id'];
      }
      if (update.action === 'add-spec') {
        const id = metadata['partition-specs']!.length;
        metadata['partition-specs']!.push({ ...update.spec, 'spec-id': id });
        metadata['default-spec-id'] = id;
      }
    }
    return { metadata };
  }

  async dropTable(): Promise<void> {}
}

const orders: TableSchema = {
  name: 'orders',
  description: 'Orders',
  fields: [
    { name: 'order_id', type: 'uuid', description: 'Id', required: true, primaryKey: true },
    { name: 'ordered_at', type: 'timestamptz', description: 'When', required: true },
  ],
};
const plan = {
  namespace: 'sales',
  table: 'orders',
  contract: orders,
  partitioning: [{ field: 'ordered_at', transform: 'day' }],
  properties: {},
};

describe('TableProvisioner', () => {
  it('creates a missing table in its namespace, and finds nothing to do the second time', async () => {
    const catalog = new MemoryCatalog();
    const provisioner = new TableProvisioner(catalog);
    expect(await provisioner.provision(plan)).toBe('created');
    expect(await provisioner.provision(plan)).toBe('unchanged');
    expect(catalog.namespaces).toEqual(new Set(['sales']));
    expect(catalog.creates).toBe(1);
    expect(catalog.commits).toEqual([]);
  });

  it('evolves an existing table with a guarded commit that keeps the field ids', async () => {
    const catalog = new MemoryCatalog();
    const provisioner = new TableProvisioner(catalog);
    await provisioner.provision(plan);
    const wider = { ...orders, fields: [...orders.fields, { name: 'note', type: 'string', description: 'Note' }] };
    expect(await provisioner.provision({ ...plan, contract: wider })).toBe('evolved');
    expect(catalog.commits).toHaveLength(1);
    const [commit] = catalog.commits;
    expect(commit.requirements).toEqual([
      { type: 'assert-table-uuid', uuid: 'uuid-sales.orders' },
      { type: 'assert-current-schema-id', 'current-schema-id': 0 },
      { type: 'assert-last-assigned-field-id', 'last-assigned-field-id': 2 },
    ]);
    const added = commit.updates[0];
    expect(added.action === 'add-schema' && added.schema.fields.map((field) => [field.name, field.id])).toEqual([
      ['order_id', 1],
      ['ordered_at', 2],
      ['note', 3],
    ]);
    expect(await provisioner.provision({ ...plan, contract: wider })).toBe('unchanged');
  });

  it('evolves the partitioning when the descriptor changes it', async () => {
    const catalog = new MemoryCatalog();
    const provisioner = new TableProvisioner(catalog);
    await provisioner.provision(plan);
    const hourly = { ...plan, partitioning: [{ field: 'ordered_at', transform: 'hour' }] };
    expect(await provisioner.provision(hourly)).toBe('evolved');
    expect(catalog.commits[0].updates.map((update) => update.action)).toEqual(['add-spec', 'set-default-spec']);
  });

  it('refuses to take over a table another product made, and leaves it as it was', async () => {
    const catalog = new MemoryCatalog();
    const provisioner = new TableProvisioner(catalog);
    await provisioner.provision({ ...plan, properties: { 'mesh.product': 'sales/orders' } });
    const wider = { ...orders, fields: [...orders.fields, { name: 'note', type: 'string', description: 'Note' }] };
    const intruder = { ...plan, contract: wider, properties: { 'mesh.product': 'sales/orders-copy' } };
    await expect(provisioner.provision(intruder)).rejects.toThrow(
      'table sales.orders belongs to product sales/orders, not sales/orders-copy',
    );
    expect(catalog.commits).toEqual([]);
  });
});
