import { buildWorld, fuzzMesh, startMesh, type FuzzReport, type MeshUnderTest } from '@mesh/testing';

/**
 * Schemathesis (Python, conformance/requirements.txt) against every service's OpenAPI document, as an admin, on a
 * mesh with a published product, its grants, policies and tokens to act on: no answer may be a server error, and
 * each must be documented (status, content type, body schema). A bounded run, a fixed seed; bench/fuzz runs longer.
 */

const MAX_EXAMPLES = 10;
const SEED = 20261203;

describe('the OpenAPI documents under schemathesis', () => {
  let mesh: MeshUnderTest;
  let reports: FuzzReport[];

  beforeAll(async () => {
    mesh = await startMesh('fuzz', { services: ['provisioning', 'quality', 'search', 'lineage'] });
    await buildWorld(mesh);
    reports = await fuzzMesh(mesh, { maxExamples: MAX_EXAMPLES, seed: SEED });
  }, 900_000);

  afterAll(async () => {
    await mesh?.stop();
  }, 120_000);

  it('finds no server error and no undocumented answer in any service', () => {
    const requests = reports.reduce((sum, report) => sum + report.requests, 0);
    const failures = reports.flatMap((report) => report.failures.map((failure) => `${report.service}: ${failure}`));
    console.log(`schemathesis: ${requests} requests, ${failures.length} failures (max ${MAX_EXAMPLES} examples)`);
    const outputs = reports.filter((report) => report.failures.length > 0).map((report) => report.output);
    expect({ failures, outputs }).toEqual({ failures: [], outputs: [] });
  });
});
