/**
 * Images benchmark: each service's memory and CPU at rest and under a short load, run as its image runs it (the
 * image's file system of deploy/docker/image.sh, as the images' user): the figures the Helm chart's resource requests
 * come from (deploy/helm/mesh/README.md). Prints one JSON document.
 *
 *   node -r @swc-node/register bench/images/images-bench.ts [--rest-seconds 30] [--load-seconds 60] [--clients 8]
 *
 * The load: a new product applied every two seconds (each goes through governance, provisioning's tables and topics,
 * the catalog, search's index, quality's and lineage's consumers, the gateway's subscriptions), while closed-loop
 * clients read every service's list and search endpoints and the gateway's GraphQL, and post OpenLineage runs.
 */
import { actAsKafkaAdmin, productCopy, requireStack, startMesh, uniqueName, type MeshUnderTest } from '@mesh/testing';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { call, sleep } from '../../chaos/src/http';
import { buildImageFileSystems } from '../../deploy/test/support/image-file-systems';
import { ingestEvents } from '../lineage/lineage-events';
import { machine, processMemoryMiB, processTreeCpuSeconds, round, runLoad, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const REST_SECONDS = Number(args.get('--rest-seconds') ?? 30);
const LOAD_SECONDS = Number(args.get('--load-seconds') ?? 60);
const CLIENTS = Number(args.get('--clients') ?? 8);
const DOMAIN = 'images';
const DESCRIPTOR = parse(readFileSync(resolve(__dirname, '../../examples/products/sales-orders.yaml'), 'utf8'));

const statusMiB = (pid: number, field: 'VmRSS' | 'VmHWM') => Math.round(processMemoryMiB(pid, field));

async function main(): Promise<object> {
  await requireStack();
  actAsKafkaAdmin();
  const images = buildImageFileSystems();
  process.env.MESH_IMAGES = images;
  const mesh = await startMesh('images', {
    storage: 's3',
    env: { gateway: { WEB_ROOT: join(images, 'gateway/web/dist'), LOG_LEVEL: 'error' } },
  });
  try {
    const pids = Object.fromEntries(Object.entries(mesh.processes()).map(([name, s]) => [name, s.process.pid!]));
    const cpu = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processTreeCpuSeconds(pid)]));

    const restStart = cpu();
    await sleep(REST_SECONDS * 1000);
    const restEnd = cpu();
    const rest = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, statusMiB(pid, 'VmRSS')]));

    await call(mesh.registry.serviceUrl, 'POST', '/v1/domains', { name: DOMAIN, title: 'Images', owningTeam: 'p' });
    const peak: Record<string, number> = { ...rest };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        for (const [name, pid] of Object.entries(pids)) peak[name] = Math.max(peak[name], statusMiB(pid, 'VmRSS'));
        await sleep(500);
      }
    })();
    let applied = 0;
    const writer = runLoad(1, LOAD_SECONDS, async () => {
      const name = uniqueName('fp').toLowerCase();
      const answer = await call(
        mesh.registry.serviceUrl,
        'PUT',
        `/v1/products/${DOMAIN}/${name}`,
        stringify({ ...productCopy(DESCRIPTOR, name), metadata: { ...DESCRIPTOR.metadata, name, domain: DOMAIN } }),
        'application/yaml',
      );
      if (answer.status < 300) applied += 1;
      await sleep(2000);
    });
    // Lineage's work is ingestion: OpenLineage runs of Marquez's load-test shape (8 inputs, 8 outputs of 16 fields).
    const runs = ingestEvents(DOMAIN, 200);
    const reads: [Parameters<MeshUnderTest['url']>[0], string, string, unknown?][] = [
      ['registry', 'GET', '/v1/products?limit=50'],
      ['catalog', 'GET', `/v1/namespaces`],
      ['governance', 'GET', '/v1/policies'],
      ['provisioning', 'GET', '/v1/flows'],
      ['quality', 'GET', '/v1/alerts'],
      ['search', 'GET', '/v1/search?q=orders'],
      ['lineage', 'POST', '/api/v1/lineage'],
      ['gateway', 'POST', '/graphql', { query: '{ products(first: 20) { edges { node { name domain } } } }' }],
    ];
    // The last status of each read that failed, so that a failing endpoint shows rather than skews the load.
    const failed: Record<string, number> = {};
    const loadStart = cpu();
    const [readers] = await Promise.all([
      runLoad(CLIENTS, LOAD_SECONDS, async (_client, _i, sequence) => {
        const [service, method, path, body] = reads[sequence % reads.length];
        const answer = await call(
          mesh.url(service),
          method,
          path,
          body ?? (service === 'lineage' ? runs[sequence % runs.length] : undefined),
        );
        if (answer.status >= 400 || answer.status === 0) {
          failed[`${method} ${service} ${path}`] = answer.status;
          throw new Error(`${service} ${path}: ${answer.status}`);
        }
      }),
      writer,
    ]);
    const loadEnd = cpu();
    sampling = false;
    await sampler;

    const millicores = (from: Record<string, number>, to: Record<string, number>, seconds: number, name: string) =>
      Math.round(((to[name] - from[name]) / seconds) * 1000);
    return {
      benchmark: 'images',
      machine: machine(),
      restSeconds: REST_SECONDS,
      loadSeconds: LOAD_SECONDS,
      load: { productsApplied: applied, reads: readers.samples.length, readFailures: readers.failures, failed },
      services: Object.fromEntries(
        Object.entries(pids).map(([name, pid]) => [
          name,
          {
            restRssMiB: rest[name],
            loadPeakRssMiB: peak[name],
            // The most the process was ever resident, start-up included: what a memory limit must allow.
            highWaterMiB: statusMiB(pid, 'VmHWM'),
            restMillicores: millicores(restStart, restEnd, REST_SECONDS, name),
            loadMillicores: millicores(loadStart, loadEnd, LOAD_SECONDS, name),
          },
        ]),
      ),
      readsPerSecond: round(readers.samples.length / LOAD_SECONDS),
    };
  } finally {
    await mesh.stop();
    rmSync(images, { recursive: true, force: true });
  }
}

runBenchmark('images', main);
