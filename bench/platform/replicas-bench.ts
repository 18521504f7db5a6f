/**
 * Replicas benchmark: apply → published with one instance of every service against two (MESH_REPLICAS=2, behind the
 * balancers), on this machine. On 2 cores two instances cannot be faster; the figures show what the second instance
 * costs. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/platform/replicas-bench.ts [--products 24] [--concurrency 4]
 *
 * Each round starts a mesh of the registry, governance, the catalog and provisioning (what a version needs to be
 * published), applies `products` copies of the example product, `concurrency` at a time, and times each from its
 * apply until the registry shows it published. CPU per apply is the CPU every process of the mesh used over the run,
 * divided by the applies.
 */
import { actAsKafkaAdmin, ADMIN_TOKEN, productCopy, startMesh, type MeshUnderTest } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { latencies, machine, processTreeCpuSeconds, round, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const PRODUCTS = Number(args.get('--products') ?? 24);
const CONCURRENCY = Number(args.get('--concurrency') ?? 4);

const EXAMPLE = parse(readFileSync(resolve(__dirname, '../../examples/products/sales-orders.yaml'), 'utf8')) as {
  metadata: { name: string; domain: string };
  spec: {
    outputPorts: { name: string; table?: string }[];
    contract: { schema: { name: string }[]; quality?: { table: string }[] };
  };
};

async function send(url: string, method: string, body: string, contentType: string): Promise<number> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': contentType },
    body,
  });
  await response.text();
  return response.status;
}

async function untilPublished(mesh: MeshUnderTest, name: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${mesh.registry.serviceUrl}/v1/products/sales/${name}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const product = (await response.json()) as { versions?: { state: string }[] };
    if (product.versions?.some((version) => version.state === 'published')) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`sales/${name} was not published within 5 minutes`);
}

const cpuOf = (mesh: MeshUnderTest) =>
  Object.values(mesh.processes())
    .flatMap((service) => service.instances)
    .reduce((sum, instance) => sum + processTreeCpuSeconds(instance.process.pid!), 0);

async function measure(replicas: number) {
  process.env.MESH_REPLICAS = String(replicas);
  const mesh = await startMesh(`replicas${replicas}`, { services: ['provisioning'] });
  try {
    const domain = JSON.stringify({ name: 'sales', title: 'Sales', owningTeam: 'sales-team' });
    if ((await send(`${mesh.registry.serviceUrl}/v1/domains`, 'POST', domain, 'application/json')) !== 201) {
      throw new Error('the sales domain could not be made');
    }
    const samples: number[] = [];
    const cpuBefore = cpuOf(mesh);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let index = next++; index < PRODUCTS; index = next++) {
          const name = `orders-${index}`;
          const descriptor = stringify(productCopy(structuredClone(EXAMPLE), name));
          const t0 = performance.now();
          const status = await send(
            `${mesh.registry.serviceUrl}/v1/products/sales/${name}`,
            'PUT',
            descriptor,
            'application/yaml',
          );
          if (status !== 201) throw new Error(`apply of ${name}: ${status}`);
          await untilPublished(mesh, name);
          samples.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      replicas,
      applyToPublished: latencies(samples),
      publishedPerMinute: round((PRODUCTS / seconds) * 60),
      cpuSecondsPerApply: round((cpuOf(mesh) - cpuBefore) / PRODUCTS, 2),
    };
  } finally {
    delete process.env.MESH_REPLICAS;
    await mesh.stop();
  }
}

async function main(): Promise<object> {
  actAsKafkaAdmin();
  const one = await measure(1);
  const two = await measure(2);
  return {
    benchmark: 'apply → published, one vs two instances of every service',
    machine: machine(),
    products: PRODUCTS,
    concurrency: CONCURRENCY,
    one,
    two,
    twoToOneP99: round(two.applyToPublished.p99Ms / one.applyToPublished.p99Ms, 2),
    twoToOneThroughput: round(two.publishedPerMinute / one.publishedPerMinute, 2),
  };
}

runBenchmark('replicas', main);
