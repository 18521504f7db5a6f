/**
 * Registry benchmark: descriptor apply throughput and GET latency under 50 concurrent clients,
 * against a registry process of its own on the local stack. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/registry/registry-bench.ts [--clients 50] [--seconds 20]
 */
import { ADMIN_TOKEN, startRegistry, uniqueName } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { load, machine, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const CLIENTS = Number(args.get('--clients') ?? 50);
const SECONDS = Number(args.get('--seconds') ?? 20);

const template = parse(readFileSync(resolve(__dirname, '../../examples/products/sales-orders.yaml'), 'utf8'));

async function main(): Promise<object> {
  const registry = await startRegistry('bench', { env: { LOG_LEVEL: 'error' } });
  const call = async (method: string, path: string, body?: string, contentType = 'application/json') => {
    const response = await fetch(`${registry.serviceUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'Content-Type': contentType } : {}) },
      body,
    });
    await response.arrayBuffer();
    if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status}`);
  };
  try {
    const domain = uniqueName('bench');
    await call(
      'POST',
      '/v1/domains',
      JSON.stringify({ name: domain, title: 'bench', description: 'bench', owningTeam: 'bench' }),
    );
    const descriptorFor = (name: string) =>
      stringify({
        ...template,
        metadata: { ...template.metadata, domain, name },
        spec: { ...template.spec, inputPorts: [] },
      });

    const applies = await load(CLIENTS, SECONDS, (client, i) =>
      call('PUT', `/v1/products/${domain}/p-${client}-${i}`, descriptorFor(`p-${client}-${i}`), 'application/yaml'),
    );
    const gets = await load(CLIENTS, SECONDS, (client) => call('GET', `/v1/products/${domain}/p-${client}-0`));
    const resolves = await load(CLIENTS, SECONDS, () => call('GET', `/v1/domains/${domain}`));

    return {
      benchmark: 'registry',
      clients: CLIENTS,
      secondsPerPhase: SECONDS,
      machine: machine(),
      applyNewProduct: applies,
      getProduct: gets,
      getDomain: resolves,
    };
  } finally {
    await registry.remove();
  }
}

runBenchmark('registry', main);
