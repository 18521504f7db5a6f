/**
 * A third-party producer: openlineage-python (PyPI) with its HTTP transport and api_key auth sends the START and
 * COMPLETE events of a run, with schema and column-lineage facets, to the lineage service as it would to Marquez;
 * Marquez's lineage and column-lineage queries then answer the graph the run described.
 */
import { ADMIN_TOKEN, pythonTool, uniqueName } from '@mesh/testing';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startLineage, type LineageUnderTest } from '../../services/lineage/test/support/lineage-under-test';

const EMITTER = resolve(__dirname, 'emit_run.py');

interface GraphNode {
  id: string;
  type: string;
  data: Record<string, unknown>;
  inEdges: { origin: string; destination: string }[];
  outEdges: { origin: string; destination: string }[];
}

describe('openlineage-python (HTTP transport) → our OpenLineage API → Marquez-shaped lineage', () => {
  let lineage: LineageUnderTest;

  beforeAll(async () => {
    lineage = await startLineage('ol-client');
  });
  afterAll(async () => {
    await lineage?.close();
  });

  it('stores the run the client reports and answers its job, dataset and column graph', async () => {
    const ns = uniqueName('conformance');
    const result = spawnSync(pythonTool('python'), [EMITTER, lineage.url, ADMIN_TOKEN, ns], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const runId = result.stdout.trim();

    const job = `job:${ns}:enrich_orders`;
    const [orders, customers, enriched] = ['raw.orders', 'raw.customers', 'analytics.orders_enriched'].map(
      (name) => `dataset:${ns}:${name}`,
    );
    const reply = await lineage.request<{ graph: GraphNode[] }>(
      'GET',
      `/api/v1/lineage?nodeId=${encodeURIComponent(enriched)}&depth=5`,
    );
    expect(reply.status).toBe(200);
    const nodes = new Map(reply.body.graph.map((node) => [node.id, node]));
    expect([...nodes.keys()].sort()).toEqual([enriched, customers, orders, job].sort());

    const jobNode = nodes.get(job)!;
    expect(jobNode.type).toBe('JOB');
    expect(jobNode.inEdges).toEqual(
      expect.arrayContaining([
        { origin: orders, destination: job },
        { origin: customers, destination: job },
      ]),
    );
    expect(jobNode.outEdges).toEqual([{ origin: job, destination: enriched }]);
    expect(jobNode.data).toMatchObject({ latestRun: { id: runId, state: 'COMPLETED' } });
    expect(nodes.get(enriched)!.data).toMatchObject({
      fields: [
        { name: 'order_id', type: 'BIGINT' },
        { name: 'amount', type: 'DECIMAL' },
        { name: 'country', type: 'VARCHAR' },
      ],
    });
    expect(nodes.get(orders)!.outEdges).toEqual([{ origin: orders, destination: job }]);

    const columns = await lineage.request<{ graph: GraphNode[] }>(
      'GET',
      `/api/v1/column-lineage?nodeId=${encodeURIComponent(`datasetField:${ns}:analytics.orders_enriched:country`)}`,
    );
    expect(columns.status).toBe(200);
    const country = columns.body.graph.find(
      (node) => node.id === `datasetField:${ns}:analytics.orders_enriched:country`,
    );
    expect(country?.data).toMatchObject({ fieldType: 'VARCHAR', transformationType: 'DIRECT' });
    expect(
      (country?.data.inputFields as { dataset: string; field: string }[]).map((f) => `${f.dataset}.${f.field}`).sort(),
    ).toEqual(['raw.customers.country', 'raw.orders.customer_id']);
    expect(columns.body.graph.map((node) => node.id).sort()).toEqual(
      [
        `datasetField:${ns}:analytics.orders_enriched:country`,
        `datasetField:${ns}:raw.customers:country`,
        `datasetField:${ns}:raw.orders:customer_id`,
      ].sort(),
    );
  });
});
