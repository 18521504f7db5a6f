import { IngestRows } from './ingest-rows';
import type { OpenLineageEvent } from './openlineage-event';
import { PortIndex } from './product-rollup';

const port = (address: string, domain: string, name: string, portName: string, portType = 'iceberg-table') => ({
  address,
  productUrn: `urn:mesh:product:${domain}:${name}`,
  domain,
  name,
  version: '1.0.0',
  port: portName,
  portType,
});

const index = new PortIndex([
  port('sales.orders', 'sales', 'orders', 'orders'),
  port('sales.orders.v1.events', 'sales', 'orders', 'events', 'kafka-topic'),
  port('finance.revenue', 'finance', 'revenue', 'revenue'),
]);

const run: OpenLineageEvent = {
  kind: 'run',
  event: {
    eventTime: '2026-11-28T01:00:00.000Z',
    producer: 'https://example.com',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json',
    eventType: 'COMPLETE',
    run: { runId: 'run-1' },
    job: { namespace: 'airflow', name: 'revenue' },
    inputs: [
      {
        namespace: 'iceberg://w',
        name: 'spark_catalog.sales.orders',
        inputFacets: { dataQualityAssertions: { assertions: [{ assertion: 'fresh', success: false }] } },
      },
      { namespace: 'pg', name: 'public.fx_rates' },
    ],
    outputs: [
      { namespace: 'iceberg://w', name: 'finance.revenue', outputFacets: { outputStatistics: { rowCount: 3 } } },
    ],
  },
};

describe('PortIndex', () => {
  it('maps dataset names to ports, the longest address first', () => {
    expect(index.portOf({ namespace: 'kafka://b:9092', name: 'sales.orders.v1.events' })?.port).toBe('events');
    expect(index.portOf({ namespace: 'iceberg://w', name: 'iceberg.sales.orders' })?.port).toBe('orders');
    expect(index.portOf({ namespace: 'pg', name: 'public.orders' })).toBeUndefined();
    expect(PortIndex.addressesOf([run])).toEqual(
      expect.arrayContaining(['spark_catalog.sales.orders', 'sales.orders', 'finance.revenue', 'public.fx_rates']),
    );
  });

  it('knows whose data a run writes', () => {
    expect(index.writtenDomains(run)).toEqual(['finance']);
  });

  it('rolls a run up to product edges, data publications and check results', () => {
    const rows = IngestRows.of([run]);
    expect(index.productEdges(rows)).toEqual([
      { upstream: 'urn:mesh:product:sales:orders', downstream: 'urn:mesh:product:finance:revenue' },
    ]);
    const [published] = index.publications(rows.completedOutputs, 'lineage');
    expect(published.subject).toBe('urn:mesh:product:finance:revenue');
    expect(published.payload).toMatchObject({
      port: 'revenue',
      table: 'finance.revenue',
      snapshotId: 'run-1',
      rowsAdded: 3,
      source: 'openlineage',
      committedAt: Date.parse('2026-11-28T01:00:00.000Z'),
    });
    const [check] = index.checkResults(rows.assertions, 'lineage');
    expect(check.payload).toMatchObject({
      product: { domain: 'sales', name: 'orders', version: '1.0.0' },
      port: 'orders',
      score: 0,
      results: [{ ruleId: 'fresh', outcome: 'fail' }],
    });
  });

  it("maps a dataset named by its files to the table its symlinks facet names (OpenLineage's Spark listener)", () => {
    const located = (path: string, table: string) => ({
      namespace: 's3://lake',
      name: `warehouse/${path}`,
      facets: { symlinks: { identifiers: [{ namespace: 'http://catalog:8181', name: table, type: 'TABLE' }] } },
    });
    const spark: OpenLineageEvent = {
      kind: 'run',
      event: {
        ...run.event,
        job: { namespace: 'finance', name: 'revenue' },
        inputs: [located('sales/orders', '`sales`.orders')],
        outputs: [located('finance/revenue', 'finance.revenue')],
      },
    };
    const aliased = new PortIndex(
      [port('sales.orders', 'sales', 'orders', 'orders'), port('finance.revenue', 'finance', 'revenue', 'revenue')],
      PortIndex.aliasesOf([spark]),
    );
    expect(PortIndex.addressesOf([spark])).toEqual(expect.arrayContaining(['sales.orders', 'finance.revenue']));
    expect(aliased.writtenDomains(spark)).toEqual(['finance']);
    expect(aliased.productEdges(IngestRows.of([spark]))).toEqual([
      { upstream: 'urn:mesh:product:sales:orders', downstream: 'urn:mesh:product:finance:revenue' },
    ]);
    // Without the facet, a path is no port's address.
    expect(index.portOf({ namespace: 's3://lake', name: 'warehouse/sales/orders' })).toBeUndefined();
  });
});
