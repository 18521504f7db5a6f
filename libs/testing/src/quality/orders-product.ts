import type { MeshEvent } from '@mesh/contracts';
import { ADMIN_TOKEN } from '../registry-under-test';
import { writeIceberg, type Operation, type Row } from './iceberg-writer';
import type { QualityMesh, TestDescriptor } from './quality-mesh';

/** The Iceberg columns of the orders tables the tests and the latency bench write. */
export const ORDER_FIELDS = [
  { name: 'order_id', type: 'string' as const },
  { name: 'status', type: 'string' as const },
  { name: 'total', type: 'double' as const },
];

/** A product with one Iceberg port, named like the product and its table, whose contract requires order_id and status. */
export function ordersProduct(
  name: string,
  extra: { quality?: unknown[]; sla?: unknown; version?: string } = {},
): TestDescriptor {
  return {
    apiVersion: 'mesh/v1',
    kind: 'DataProduct',
    metadata: {
      name,
      domain: 'sales',
      owner: 'order-management',
      title: `Orders (${name})`,
      description: 'Orders of the web shop, for the quality tests.',
      classification: 'internal',
      version: extra.version ?? '1.0.0',
    },
    spec: {
      outputPorts: [{ name, type: 'iceberg-table', description: 'One row per order.' }],
      contract: {
        schema: [
          {
            name,
            description: 'An order.',
            fields: [
              { name: 'order_id', type: 'string', description: 'Id of the order.', required: true, primaryKey: true },
              { name: 'status', type: 'string', description: 'Status of the order.', required: true },
              { name: 'total', type: 'double', description: 'Amount of the order.' },
            ],
          },
        ],
        quality: [
          { id: `${name}-not-empty`, table: name, metric: 'rowCount', mustBeGreaterThan: 0, severity: 'blocking' },
          ...(extra.quality ?? []),
        ],
        ...(extra.sla === undefined ? {} : { sla: extra.sla }),
      },
      access: { visibility: 'internal', approval: 'auto' },
    },
  };
}

export const cleanOrder = (id: string): Row => ({ order_id: id, status: 'paid', total: 10 });

/** The table of a product's port, as the registry provisions it: the domain as namespace, the port's table. */
export const ordersTable = (name: string) => `sales.${name}`;

/** Commits a snapshot through the catalog with PyIceberg, and returns the catalog's data-published event of it. */
export async function commitOrders(
  mesh: QualityMesh,
  name: string,
  operations: Operation[],
): Promise<MeshEvent<'data.published'>> {
  const written = writeIceberg(
    {
      catalog: { type: 'rest', uri: mesh.catalogUrl, token: ADMIN_TOKEN },
      table: ordersTable(name),
      fields: ORDER_FIELDS,
      operations,
    },
    mesh.storage,
  );
  return mesh.awaitEvent('data.published', (event) => event.payload.snapshotId === written.snapshotId);
}

/**
 * The first snapshot of a product's table: the catalog learns the table's product from the same publication event
 * as the quality service does, so a commit may come before it, unclaimed; this commits again until it is claimed.
 */
export async function firstOrdersCommit(
  mesh: QualityMesh,
  name: string,
  rows: Row[],
): Promise<MeshEvent<'data.published'>> {
  let published = await commitOrders(mesh, name, [{ append: rows }]);
  for (let attempt = 0; published.payload.product.name !== name && attempt < 20; attempt += 1) {
    await new Promise((wait) => setTimeout(wait, 500));
    published = await commitOrders(mesh, name, [{ overwrite: rows }]);
  }
  return published;
}
