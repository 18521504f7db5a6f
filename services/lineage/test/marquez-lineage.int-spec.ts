import { uniqueName } from '@mesh/testing';
import { dataset, runEvent } from './support/openlineage-events';
import { lineageGraph, type GraphReply } from './support/lineage-graph';
import { startLineage, type LineageUnderTest } from './support/lineage-under-test';

/**
 * GET /api/v1/lineage answers as Marquez 0.51.1 does; the counts are those Marquez returned for the same events
 * (issue 26).
 */
describe('Marquez lineage semantics', () => {
  let lineage: LineageUnderTest;
  const ns = uniqueName('marquez');

  beforeAll(async () => {
    lineage = await startLineage('marquez');
  });

  afterAll(async () => {
    await lineage?.close();
  });

  const post = async (event: object) =>
    expect((await lineage.request('POST', '/api/v1/lineage', event)).status).toBe(201);
  const graphOf = (nodeId: string, depth?: number) => lineageGraph(lineage, nodeId, depth);
  const ids = (graph: GraphReply['graph']) => graph.map((node) => node.id).sort();

  it('walks the layered fixture in undirected job hops and returns the node counts Marquez does', async () => {
    // Layers 0-24 of 4 datasets; job_{layer}_{i} reads l{layer-1}.ds{i} and l{layer-1}.ds{i+1 mod 4} and writes
    // l{layer}.ds{i}.
    const name = (layer: number, i: number) => `l${layer}.ds${i}`;
    for (let layer = 1; layer <= 24; layer++) {
      for (let i = 0; i < 4; i++) {
        await post(
          runEvent(
            'COMPLETE',
            { namespace: ns, name: `job_${layer}_${i}` },
            {
              inputs: [dataset(ns, name(layer - 1, i)), dataset(ns, name(layer - 1, (i + 1) % 4))],
              outputs: [dataset(ns, name(layer, i))],
            },
          ),
        );
      }
    }

    const start = `dataset:${ns}:l12.ds0`;
    const counts: Record<number, number> = {};
    for (const depth of [1, 2, 3, 5, 20]) counts[depth] = (await graphOf(start, depth)).length;
    expect(counts).toEqual({ 1: 19, 2: 41, 3: 60, 5: 92, 20: 196 });

    const near = await graphOf(start, 1);
    const jobs = ['12_0', '11_0', '11_1', '12_1', '12_3', '13_0', '13_3'].map((job) => `job:${ns}:job_${job}`);
    const datasets = [
      ...['l10.ds0', 'l10.ds1', 'l10.ds2'],
      ...['l11.ds0', 'l11.ds1', 'l11.ds2', 'l11.ds3'],
      ...['l12.ds0', 'l12.ds1', 'l12.ds3'],
      ...['l13.ds0', 'l13.ds3'],
    ].map((dataset) => `dataset:${ns}:${dataset}`);
    expect(ids(near)).toEqual([...jobs, ...datasets].sort());

    // Edges join the nodes of the answer only: l12.ds1 is read by job_13_0 and written by job_12_1, both in it.
    const l12ds1 = near.find((node) => node.id === `dataset:${ns}:l12.ds1`);
    expect(l12ds1?.inEdges).toEqual([{ origin: `job:${ns}:job_12_1`, destination: l12ds1?.id }]);
    expect(l12ds1?.outEdges).toEqual([{ origin: l12ds1?.id, destination: `job:${ns}:job_13_0` }]);
    // A dataset at the rim keeps only the edges to jobs of the answer: job_12_2 also reads l11.ds2 but is not in it.
    const l11ds2 = near.find((node) => node.id === `dataset:${ns}:l11.ds2`);
    expect(l11ds2?.outEdges).toEqual([{ origin: l11ds2?.id, destination: `job:${ns}:job_12_1` }]);
    expect(l11ds2?.inEdges).toEqual([]);
  });

  it('counts only current job versions, and answers a dataset no current version touches alone', async () => {
    const job = { namespace: ns, name: 'versioned' };
    await post(runEvent('COMPLETE', job, { inputs: [dataset(ns, 'v.old')], outputs: [dataset(ns, 'v.out')] }));
    await post(runEvent('COMPLETE', job, { inputs: [dataset(ns, 'v.new')], outputs: [dataset(ns, 'v.out')] }));

    expect(ids(await graphOf(`dataset:${ns}:v.out`))).toEqual(
      [`dataset:${ns}:v.new`, `dataset:${ns}:v.out`, `job:${ns}:versioned`].sort(),
    );
    const old = await graphOf(`dataset:${ns}:v.old`);
    expect(old.map((node) => ({ id: node.id, inEdges: node.inEdges, outEdges: node.outEdges }))).toEqual([
      { id: `dataset:${ns}:v.old`, inEdges: [], outEdges: [] },
    ]);
  });

  it('makes a version of all the events of a run, when it ends', async () => {
    const job = { namespace: ns, name: 'two-events' };
    const runId = '0f6e4a38-5d47-4c5b-8b8e-2a8a0c4d7e11';
    await post(runEvent('START', job, { runId, inputs: [dataset(ns, 'run.in')] }));
    // A running job has no version yet: its lineage is the job alone, and its input is no one's.
    expect(ids(await graphOf(`job:${ns}:two-events`))).toEqual([`job:${ns}:two-events`]);
    expect(ids(await graphOf(`dataset:${ns}:run.in`))).toEqual([`dataset:${ns}:run.in`]);

    await post(runEvent('COMPLETE', job, { runId, outputs: [dataset(ns, 'run.out')] }));
    const graph = await graphOf(`dataset:${ns}:run.in`);
    expect(ids(graph)).toEqual([`dataset:${ns}:run.in`, `dataset:${ns}:run.out`, `job:${ns}:two-events`]);
    expect(graph.find((node) => node.type === 'JOB')?.data).toMatchObject({
      inputs: [{ namespace: ns, name: 'run.in' }],
      outputs: [{ namespace: ns, name: 'run.out' }],
      latestRun: { id: runId, state: 'COMPLETED' },
    });
  });

  it('takes a JobEvent as the job version it declares', async () => {
    await post({
      eventTime: new Date().toISOString(),
      producer: 'https://example.com/test',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent',
      job: { namespace: ns, name: 'declared' },
      inputs: [dataset(ns, 'declared.in')],
      outputs: [dataset(ns, 'declared.out')],
    });
    expect(ids(await graphOf(`dataset:${ns}:declared.out`))).toEqual(
      [`dataset:${ns}:declared.in`, `dataset:${ns}:declared.out`, `job:${ns}:declared`].sort(),
    );
  });
});
