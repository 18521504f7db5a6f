/**
 * A long schemathesis run against every service's OpenAPI document (the integration test runs a short one, in
 * conformance/schemathesis), on a whole mesh of its own with the authorisation matrix's world in it. Prints one JSON
 * document: per service and in all, the requests sent and the failures found.
 *
 *   node -r @swc-node/register bench/fuzz/fuzz-bench.ts [--max-examples 200] [--seed N]
 */
import { buildWorld, fuzzMesh, startMesh } from '@mesh/testing';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'max-examples': { type: 'string', default: '200' }, seed: { type: 'string' } },
  });
  const maxExamples = Number(values['max-examples']);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const mesh = await startMesh('fuzz-bench', { services: ['provisioning', 'quality', 'search', 'lineage'] });
  try {
    await buildWorld(mesh);
    const started = Date.now();
    const reports = await fuzzMesh(mesh, { maxExamples, seed });
    const services = Object.fromEntries(
      reports.map(({ service, requests, failures }) => [service, { requests, failures }]),
    );
    const total = (pick: (report: (typeof reports)[number]) => number) => reports.reduce((sum, r) => sum + pick(r), 0);
    console.log(
      JSON.stringify(
        {
          maxExamples,
          seed,
          seconds: Math.round((Date.now() - started) / 1000),
          requests: total((report) => report.requests),
          failures: total((report) => report.failures.length),
          services,
        },
        null,
        2,
      ),
    );
  } finally {
    await mesh.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
