import { newEvent } from '@mesh/contracts';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { BindingsRepository, TableBinding } from './bindings.repository';
import type { DescriptorsRepository } from './descriptors.repository';
import { ProductBindingsService } from './product-bindings.service';
import type { RegistryClient } from './registry-client';

const descriptor = {
  apiVersion: 'mesh/v1',
  spec: {
    outputPorts: [
      { name: 'orders', type: 'iceberg-table' },
      { name: 'lines', type: 'iceberg-table', table: 'order_lines' },
      { name: 'events', type: 'kafka-topic' },
    ],
    contract: {
      schema: [
        { name: 'orders', fields: [{ name: 'id', type: 'long', required: true }] },
        { name: 'order_lines', fields: [{ name: 'line', type: 'integer' }] },
      ],
    },
  },
};

function handlers(stored: unknown, existing: TableBinding | null = null) {
  const bindings = new Map<string, TableBinding>();
  const removed: string[] = [];
  const fetched: string[] = [];
  const logged: object[] = [];
  const instance = new ProductBindingsService(
    {
      put: async () => undefined,
      find: async () => stored,
    } as unknown as DescriptorsRepository,
    {
      find: async () => existing,
      put: async (_manager: EntityManager, binding: TableBinding) => void bindings.set(binding.table, binding),
      removeVersion: async (_manager: EntityManager, domain: string, product: string, version: string) =>
        void removed.push(`${domain}/${product}@${version}`),
    } as unknown as BindingsRepository,
    {
      descriptor: async (domain: string, product: string, version: string) => {
        fetched.push(`${domain}/${product}@${version}`);
        return descriptor;
      },
    } as unknown as RegistryClient,
    { error: (details: object) => void logged.push(details) } as unknown as Logger,
  );
  return { instance, bindings, removed, fetched, logged };
}

const manager = {} as EntityManager;
const published = (version: string) =>
  newEvent('product.version.published', {
    subject: 'urn:mesh:product:sales:orders',
    producer: 'registry',
    payload: {
      product: { domain: 'sales', name: 'orders', version },
      outputPorts: [
        { name: 'orders', type: 'iceberg-table', address: 'sales.orders' },
        { name: 'lines', type: 'iceberg-table', address: 'sales.order_lines' },
        { name: 'events', type: 'kafka-topic', address: 'sales.orders.v1.events' },
      ],
    },
  });

describe('ProductBindingsService', () => {
  it('binds each Iceberg port of a published version to its table and its contract table', async () => {
    const { instance, bindings, fetched } = handlers(descriptor);
    await instance.published(manager, published('1.2.0').payload);
    expect(fetched).toEqual([]);
    expect([...bindings.keys()]).toEqual(['orders', 'order_lines']);
    expect(bindings.get('order_lines')).toMatchObject({
      namespace: 'sales',
      domain: 'sales',
      product: 'orders',
      version: '1.2.0',
      port: 'lines',
      contract: { name: 'order_lines', fields: [{ name: 'line', type: 'integer' }] },
    });
  });

  it('asks the registry for a descriptor whose proposal it missed', async () => {
    const { instance, bindings, fetched } = handlers(null);
    await instance.published(manager, published('1.2.0').payload);
    expect(fetched).toEqual(['sales/orders@1.2.0']);
    expect(bindings.size).toBe(2);
  });

  it('keeps a table bound to a newer version when an older publication arrives late', async () => {
    const newer = {
      namespace: 'sales',
      table: 'orders',
      domain: 'sales',
      product: 'orders',
      version: '1.3.0',
      port: 'orders',
      contract: null,
    };
    const { instance, bindings } = handlers(descriptor, newer);
    await instance.published(manager, published('1.2.0').payload);
    expect(bindings.size).toBe(0);
  });

  it('never gives another product a table it holds, whatever event comes', async () => {
    const held = {
      namespace: 'sales',
      table: 'orders',
      domain: 'sales',
      product: 'trips',
      version: '1.0.0',
      port: 'orders',
      contract: null,
    };
    const { instance, bindings, logged } = handlers(descriptor, held);
    await instance.published(manager, published('1.2.0').payload);
    expect(bindings.size).toBe(0);
    expect(logged).toContainEqual({ table: 'sales.orders', holder: 'sales/trips', claimant: 'sales/orders' });
  });

  it('unbinds a retired version', async () => {
    const { instance, removed } = handlers(descriptor);
    await instance.retired(
      manager,
      newEvent('product.version.retired', {
        subject: 'urn:mesh:product:sales:orders',
        producer: 'registry',
        payload: { product: { domain: 'sales', name: 'orders', version: '1.2.0' }, reason: null },
      }).payload,
    );
    expect(removed).toEqual(['sales/orders@1.2.0']);
  });
});
