import { parseDescriptor, type DataProductDescriptor } from '@mesh/descriptor';
import type { RegistrySchema } from '@mesh/registry-client';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildProductDocument, NO_SIGNALS, sourceFingerprint } from './product-document';

function orders(): DataProductDescriptor {
  const parsed = parseDescriptor(
    readFileSync(resolve(__dirname, '../../../../examples/products/sales-orders.yaml'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.descriptor;
}

const product: RegistrySchema<'ProductDto'> = {
  domain: 'sales',
  name: 'orders',
  title: 'Customer orders',
  description: 'Every order',
  owner: 'order-management',
  tags: ['orders'],
  classification: 'internal',
  latestVersion: '1.4.0',
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  versions: [
    {
      version: '1.3.0',
      state: 'published',
      address: 'mesh://sales/orders/v1',
      contentHash: 'hash-1.3.0',
      proposedAt: '2026-01-01T08:00:00.000Z',
      proposedBy: null,
      stateChangedAt: '2026-01-01T09:00:00.000Z',
      decisionId: null,
      provisioning: null,
      deprecation: null,
    },
    {
      version: '1.4.0',
      state: 'provisioning',
      address: 'mesh://sales/orders/v1',
      contentHash: 'hash-1.4.0',
      proposedAt: '2026-01-01T10:00:00.000Z',
      proposedBy: null,
      stateChangedAt: '2026-01-01T11:00:00.000Z',
      decisionId: null,
      provisioning: {
        jobId: '6f1c2b9e-0d1a-4c53-9a4e-1f2d3c4b5a69',
        ports: [{ name: 'orders', type: 'iceberg-table', address: 'sales.orders', provisioned: true }],
        failure: null,
      },
      deprecation: null,
    },
  ],
};

describe('buildProductDocument', () => {
  const document = buildProductDocument(product, orders(), NO_SIGNALS);

  it('describes the latest version, with the highest readable one beside it', () => {
    expect(document).toMatchObject({
      key: 'sales/orders',
      status: 'provisioning',
      latestVersion: '1.4.0',
      readableVersion: '1.3.0',
      address: 'mesh://sales/orders/v1',
      visibility: 'internal',
      qualityTier: 'unrated',
      slaStatus: 'unknown',
      consumerCount: 0,
    });
  });

  it('flattens the schema of every table and names ports, with addresses once provisioned', () => {
    expect(document.schema).toContainEqual(
      expect.objectContaining({ table: 'orders', name: 'customer_id', type: 'uuid', pii: false }),
    );
    expect(document.fieldNames).toContain('line_number');
    expect(document.ports).toEqual([
      { name: 'orders', type: 'iceberg-table', address: 'sales.orders' },
      { name: 'order_lines', type: 'iceberg-table', address: null },
      { name: 'order-status-events', type: 'kafka-topic', address: null },
    ]);
    expect(document.portTypes).toEqual(['iceberg-table', 'kafka-topic']);
  });

  it('takes its revision from the newest change of the registry state or the signals', () => {
    expect(document.revision).toBe(Date.parse('2026-01-01T11:00:00.000Z'));
    const later = Date.parse('2026-01-02T00:00:00.000Z');
    const signalled = buildProductDocument(product, orders(), {
      ...NO_SIGNALS,
      qualityScore: 0.85,
      slaBreaches: ['freshness'],
      slaMeasured: true,
      grantees: ['a', 'b'],
      revision: later,
    });
    expect(signalled).toMatchObject({
      revision: later,
      qualityTier: 'silver',
      slaStatus: 'breached',
      consumerCount: 2,
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
  });

  it('says the SLA is met once its freshness is measured, and unknown without a freshness objective', () => {
    const measured = { ...NO_SIGNALS, slaMeasured: true };
    expect(buildProductDocument(product, orders(), measured).slaStatus).toBe('met');
    const withoutObjective = orders();
    withoutObjective.spec.contract.sla = { availability: '99.9%' };
    expect(buildProductDocument(product, withoutObjective, measured).slaStatus).toBe('unknown');
  });

  it('suggests the name, the title and its longer words', () => {
    expect(document.suggest.input).toEqual(['orders', 'Customer orders', 'sales/orders', 'Customer']);
  });
});

describe('sourceFingerprint', () => {
  it('changes with a version state or the metadata, not with the order versions are listed in', () => {
    const base = sourceFingerprint(product);
    expect(sourceFingerprint({ ...product, versions: [...product.versions].reverse() })).toBe(base);
    expect(
      sourceFingerprint({
        ...product,
        versions: [product.versions[0], { ...product.versions[1], state: 'published' }],
      }),
    ).not.toBe(base);
    expect(sourceFingerprint({ ...product, updatedAt: '2026-01-03T00:00:00.000Z' })).not.toBe(base);
  });
});
