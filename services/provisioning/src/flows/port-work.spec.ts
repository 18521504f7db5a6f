import type { DataProductDescriptor } from '@mesh/descriptor';
import type { RegistrySchema } from '@mesh/registry-client';
import { UnrecoverableError } from 'bullmq';
import type { ProvisioningConfig } from '../config';
import type { GrantsService } from '../grants/grants.service';
import type { RegistryClient } from '../registry/registry-client';
import type { IcebergCatalog } from '../tables/iceberg-catalog';
import type { TableProvisioner } from '../tables/table-provisioner';
import type { TopicProvisioner } from '../topics/topic-provisioner';
import type { FlowEntity, FlowPortEntity } from './flow.entity';
import type { FlowsRepository } from './flows.repository';
import { PortWork } from './port-work';

function setUp(versions: RegistrySchema<'VersionStateDto'>[], onRetire: 'drop' | 'archive' = 'drop') {
  const port = { name: 'orders', type: 'iceberg-table', address: 'sales.orders', state: 'pending' } as FlowPortEntity;
  const topicPort = {
    name: 'events',
    type: 'kafka-topic',
    address: 'sales.orders.v1.events',
    state: 'pending',
  } as FlowPortEntity;
  const flow = {
    id: 'flow-1',
    kind: 'retire',
    domain: 'sales',
    product: 'orders',
    version: '1.2.0',
    descriptor: { spec: { access: { retention: { onRetire } } } } as DataProductDescriptor,
    ports: [port, topicPort],
  } as FlowEntity;
  const updates: { port: string; outcome: string | null | undefined }[] = [];
  const flows = {
    findById: async () => flow,
    transaction: async (work: (manager: never) => Promise<void>) => work(undefined as never),
    updatePort: async (_manager: never, _flowId: string, name: string, changes: { outcome?: string | null }) => {
      updates.push({ port: name, outcome: changes.outcome });
    },
  } as unknown as FlowsRepository;
  const registry = { versions: async () => versions } as unknown as RegistryClient;
  const dropped: string[] = [];
  const catalog = {
    dropTable: async (namespace: string, table: string) => {
      dropped.push(`${namespace}.${table}`);
    },
    loadTable: async () => ({ metadata: { 'table-uuid': 'u' } }),
    commitTable: async () => ({ metadata: { 'table-uuid': 'u' } }),
  } as unknown as IcebergCatalog;
  const topics = {
    remove: async (topic: string) => {
      dropped.push(topic);
    },
  } as unknown as TopicProvisioner;
  const work = new PortWork(flows, {} as TableProvisioner, topics, {} as GrantsService, registry, catalog, {
    REGISTRY_URL: 'http://registry',
    MESH_TOPIC_PREFIX: 'it.',
  } as ProvisioningConfig);
  return { work, updates, dropped };
}

describe('PortWork.retire', () => {
  it('removes nothing while the registry does not say the version is retired', async () => {
    const { work, dropped } = setUp([{ version: '1.2.0', state: 'deprecated' }]);
    await expect(work.retire('flow-1', 'orders')).rejects.toThrow(UnrecoverableError);
    await expect(work.retire('flow-1', 'orders')).rejects.toThrow(
      'sales/orders 1.2.0 is deprecated in the registry, not retired: nothing is removed before its sunset',
    );
    expect(dropped).toEqual([]);
  });

  it('keeps a table that a live version of the same major still uses', async () => {
    const { work, updates, dropped } = setUp([
      { version: '1.2.0', state: 'retired' },
      { version: '1.3.0', state: 'published' },
      { version: '1.4.0', state: 'rejected' },
      { version: '2.0.0', state: 'published' },
    ]);
    await work.retire('flow-1', 'orders');
    expect(dropped).toEqual([]);
    expect(updates).toEqual([{ port: 'orders', outcome: 'kept: still used by 1.3.0' }]);
  });

  it('drops the table and the topic (with its prefix) when the retention says drop', async () => {
    const { work, updates, dropped } = setUp([
      { version: '1.2.0', state: 'retired' },
      { version: '2.0.0', state: 'published' },
    ]);
    await work.retire('flow-1', 'orders');
    await work.retire('flow-1', 'events');
    expect(dropped).toEqual(['sales.orders', 'it.sales.orders.v1.events']);
    expect(updates.map((update) => update.outcome)).toEqual(['dropped', 'dropped']);
  });

  it('archives instead when the retention says archive', async () => {
    const { work, updates, dropped } = setUp([{ version: '1.2.0', state: 'retired' }], 'archive');
    await work.retire('flow-1', 'orders');
    await work.retire('flow-1', 'events');
    expect(dropped).toEqual([]);
    expect(updates.map((update) => update.outcome)).toEqual(['archived', 'archived']);
  });
});
