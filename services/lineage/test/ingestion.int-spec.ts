import { uniqueName } from '@mesh/testing';
import { dataset, runEvent } from './support/openlineage-events';
import { lineageGraph, type GraphReply } from './support/lineage-graph';
import { startLineage, type LineageUnderTest } from './support/lineage-under-test';

interface ErrorReply {
  error: { status: number; code: string; message: string; details?: { pointer: string; message: string }[] };
}
interface BatchReply {
  received: number;
  accepted: number;
  rejected: number;
  results: { index: number; status: number; accepted: boolean; error?: ErrorReply['error'] }[];
}

describe('OpenLineage ingestion', () => {
  let lineage: LineageUnderTest;
  const ns = uniqueName('ns');

  beforeAll(async () => {
    lineage = await startLineage('ingestion');
  });

  afterAll(async () => {
    await lineage?.close();
  });

  const graphOf = (nodeId: string, depth?: number) => lineageGraph(lineage, nodeId, depth);

  it('answers 201 to a valid event and 400 naming the JSON pointer of each problem of a malformed one', async () => {
    const valid = runEvent('START', { namespace: ns, name: 'load' }, { outputs: [dataset(ns, 'raw.orders', ['id'])] });
    expect((await lineage.request('POST', '/api/v1/lineage', valid)).status).toBe(201);

    const noRunId = { ...valid, run: {} };
    const missing = await lineage.request<ErrorReply>('POST', '/api/v1/lineage', noRunId);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([expect.objectContaining({ pointer: '/run/runId' })]);

    const badState = { ...valid, eventType: 'FINISHED', outputs: [{ namespace: ns }] };
    const invalid = await lineage.request<ErrorReply>('POST', '/api/v1/lineage', badState);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details?.map((detail) => detail.pointer).sort()).toEqual([
      '/eventType',
      '/outputs/0/name',
    ]);

    // Facets are validated against their own schemas: a schema facet's fields must be an array of named fields.
    const badFacet = runEvent(
      'START',
      { namespace: ns, name: 'load' },
      {
        outputs: [
          {
            namespace: ns,
            name: 'raw.orders',
            facets: {
              schema: {
                _producer: 'https://example.com/test',
                _schemaURL: 'https://example.com/schema',
                fields: [{ type: 'INT' }],
              },
            },
          },
        ],
      },
    );
    const facet = await lineage.request<ErrorReply>('POST', '/api/v1/lineage', badFacet);
    expect(facet.status).toBe(400);
    expect(facet.body.error.details).toEqual([
      expect.objectContaining({ pointer: '/outputs/0/facets/schema/fields/0/name' }),
    ]);
  });

  it('refuses events without a valid token', async () => {
    const event = runEvent('START', { namespace: ns, name: 'anonymous' });
    expect((await lineage.request('POST', '/api/v1/lineage', event, null)).status).toBe(401);
    expect((await lineage.request('POST', '/api/v1/lineage', event, 'mesh_' + 'A'.repeat(43))).status).toBe(401);
    expect((await lineage.request('GET', `/api/v1/lineage?nodeId=job:${ns}:anonymous`, undefined, null)).status).toBe(
      401,
    );
  });

  it('stores the good events of a batch and reports the bad one with its index and pointer', async () => {
    const events = [
      runEvent(
        'COMPLETE',
        { namespace: ns, name: 'clean' },
        {
          inputs: [dataset(ns, 'raw.customers')],
          outputs: [dataset(ns, 'clean.customers', ['id', 'email'])],
        },
      ),
      { ...runEvent('COMPLETE', { namespace: ns, name: 'broken' }), eventTime: 'yesterday' },
      runEvent(
        'COMPLETE',
        { namespace: ns, name: 'report' },
        {
          inputs: [dataset(ns, 'clean.customers')],
          outputs: [dataset(ns, 'report.customers')],
        },
      ),
    ];
    const reply = await lineage.request<BatchReply>('POST', '/api/v1/lineage/batch', events);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
    expect(reply.body.results.map((result) => result.status)).toEqual([201, 400, 201]);
    expect(reply.body.results[1].error?.details).toEqual([expect.objectContaining({ pointer: '/eventTime' })]);

    const graph = await graphOf(`dataset:${ns}:clean.customers`);
    expect(graph.map((node) => node.id).sort()).toEqual(
      [
        `dataset:${ns}:clean.customers`,
        `dataset:${ns}:raw.customers`,
        `dataset:${ns}:report.customers`,
        `job:${ns}:clean`,
        `job:${ns}:report`,
      ].sort(),
    );
    expect((await lineage.request('GET', `/api/v1/lineage?nodeId=job:${ns}:broken`)).status).toBe(404);

    const notArray = await lineage.request<ErrorReply>('POST', '/api/v1/lineage/batch', { events });
    expect(notArray.status).toBe(400);
    expect(notArray.body.error.details).toEqual([expect.objectContaining({ pointer: '/' })]);
  });

  it('walks a cycle without looping, limits the walk by depth and finds the path between two nodes', async () => {
    const job = (name: string, input: string, output: string) =>
      runEvent('COMPLETE', { namespace: ns, name }, { inputs: [dataset(ns, input)], outputs: [dataset(ns, output)] });
    // a -> b -> c -> a, and c -> d
    const reply = await lineage.request<BatchReply>('POST', '/api/v1/lineage/batch', [
      job('ab', 'cycle.a', 'cycle.b'),
      job('bc', 'cycle.b', 'cycle.c'),
      job('ca', 'cycle.c', 'cycle.a'),
      job('cd', 'cycle.c', 'cycle.d'),
    ]);
    expect(reply.body.accepted).toBe(4);

    const whole = await graphOf(`dataset:${ns}:cycle.a`);
    expect(
      whole
        .filter((node) => node.type === 'JOB')
        .map((node) => node.id)
        .sort(),
    ).toEqual(['ab', 'bc', 'ca', 'cd'].map((name) => `job:${ns}:${name}`));
    const ab = whole.find((node) => node.id === `job:${ns}:ab`);
    expect(ab?.inEdges).toEqual([{ origin: `dataset:${ns}:cycle.a`, destination: `job:${ns}:ab` }]);
    expect(ab?.outEdges).toEqual([{ origin: `job:${ns}:ab`, destination: `dataset:${ns}:cycle.b` }]);
    expect(ab?.data).toMatchObject({ id: { namespace: ns, name: 'ab' }, latestRun: { state: 'COMPLETED' } });

    // As in Marquez: from b's writer ab, one job hop either way reaches ca (writes a) and bc (reads b).
    const jobsOf = (graph: GraphReply['graph']) =>
      graph
        .filter((node) => node.type === 'JOB')
        .map((node) => node.id)
        .sort();
    expect(jobsOf(await graphOf(`dataset:${ns}:cycle.b`, 1))).toEqual(
      ['ab', 'bc', 'ca'].map((name) => `job:${ns}:${name}`),
    );

    // Our directed walk: one job each way from b, along edges, against them, or both.
    const walk = async (direction: string) => {
      const reply = await lineage.request<GraphReply & { direction: string }>(
        'GET',
        `/v1/lineage/graph?nodeId=${encodeURIComponent(`dataset:${ns}:cycle.b`)}&depth=1&direction=${direction}`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.direction).toBe(direction);
      return jobsOf(reply.body.graph);
    };
    expect(await walk('both')).toEqual([`job:${ns}:ab`, `job:${ns}:bc`]);
    expect(await walk('upstream')).toEqual([`job:${ns}:ab`]);
    expect(await walk('downstream')).toEqual([`job:${ns}:bc`]);

    const path = await lineage.request<{ length: number; path: { id: string }[] }>(
      'GET',
      `/v1/lineage/path?from=${encodeURIComponent(`dataset:${ns}:cycle.a`)}&to=${encodeURIComponent(`dataset:${ns}:cycle.d`)}`,
    );
    expect(path.status).toBe(200);
    expect(path.body.path.map((node) => node.id)).toEqual([
      `dataset:${ns}:cycle.a`,
      `job:${ns}:ab`,
      `dataset:${ns}:cycle.b`,
      `job:${ns}:bc`,
      `dataset:${ns}:cycle.c`,
      `job:${ns}:cd`,
      `dataset:${ns}:cycle.d`,
    ]);
    const none = await lineage.request('GET', `/v1/lineage/path?from=dataset:${ns}:cycle.d&to=dataset:${ns}:cycle.a`);
    expect(none.status).toBe(404);
  });

  it('answers 400 naming the query parameter for a malformed query', async () => {
    const depth = await lineage.request<ErrorReply>('GET', `/api/v1/lineage?nodeId=dataset:${ns}:x&depth=-1`);
    expect(depth.status).toBe(400);
    expect(depth.body.error.details).toEqual([expect.objectContaining({ pointer: '/depth' })]);
    const node = await lineage.request<ErrorReply>('GET', '/api/v1/lineage?nodeId=table:x');
    expect(node.status).toBe(400);
    expect(node.body.error.details).toEqual([expect.objectContaining({ pointer: '/nodeId' })]);
    const direction = await lineage.request<ErrorReply>(
      'GET',
      `/v1/lineage/graph?nodeId=dataset:${ns}:cycle.a&direction=sideways`,
    );
    expect(direction.status).toBe(400);
    expect(direction.body.error.details).toEqual([expect.objectContaining({ pointer: '/direction' })]);
  });
});
