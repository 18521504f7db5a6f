/**
 * Footprint benchmark: each service's resident memory at rest and the time the whole mesh takes to start, run from
 * source through the transpiler (`./platform dev`) against compiled (`./platform start`, dist/). Prints one JSON
 * document.
 *
 *   node -r @swc-node/register bench/platform/footprint-bench.ts [--rest-seconds 20] [--rounds 2]
 *
 * Each round starts a whole mesh under test (every service a process of its own, as `./platform start` runs them)
 * one way and then the other, lets it rest, and reads every process's RSS from /proc. The figures of a runtime are the
 * medians over the rounds.
 */
import { actAsKafkaAdmin, startMesh } from '@mesh/testing';
import { buildServices } from '../../infra/build/service-build';
import { machine, median, processMemoryMiB, round, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const REST_SECONDS = Number(args.get('--rest-seconds') ?? 20);
const ROUNDS = Number(args.get('--rounds') ?? 2);

type Runtime = 'source' | 'compiled';

async function measure(runtime: Runtime): Promise<{ startSeconds: number; rssMiB: Record<string, number> }> {
  process.env.MESH_SERVICE_RUNTIME = runtime;
  const started = performance.now();
  const mesh = await startMesh('footprint');
  try {
    const startSeconds = (performance.now() - started) / 1000;
    await new Promise((rest) => setTimeout(rest, REST_SECONDS * 1000));
    const rss = Object.fromEntries(
      Object.entries(mesh.processes()).map(([name, service]) => [name, processMemoryMiB(service.process.pid!)]),
    );
    return { startSeconds, rssMiB: rss };
  } finally {
    await mesh.stop();
  }
}

async function main(): Promise<object> {
  actAsKafkaAdmin();
  // The first compiled start must not pay for a cold build: that is measured on its own.
  const build = buildServices();
  const rounds: Record<Runtime, Awaited<ReturnType<typeof measure>>[]> = { source: [], compiled: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const runtime of ['source', 'compiled'] as const) rounds[runtime].push(await measure(runtime));
  }
  const summary = (runtime: Runtime) => {
    const services = Object.keys(rounds[runtime][0].rssMiB);
    const rssMiB = Object.fromEntries(
      services.map((name) => [name, round(median(rounds[runtime].map((r) => r.rssMiB[name])))]),
    );
    return {
      meshStartSeconds: round(median(rounds[runtime].map((r) => r.startSeconds))),
      rssMiB,
      totalRssMiB: round(Object.values(rssMiB).reduce((sum, value) => sum + value, 0)),
      largestRssMiB: Math.max(...Object.values(rssMiB)),
    };
  };
  const source = summary('source');
  const compiled = summary('compiled');
  return {
    benchmark: 'service footprint: transpiled (source) vs compiled (dist)',
    machine: machine(),
    restSeconds: REST_SECONDS,
    rounds: ROUNDS,
    buildMs: build.ms,
    source,
    compiled,
    compiledToSourceRss: round(compiled.totalRssMiB / source.totalRssMiB, 2),
    compiledToSourceStart: round(compiled.meshStartSeconds / source.meshStartSeconds, 2),
    targetRssPerServiceMiB: 120,
  };
}

runBenchmark('service footprint', main);
