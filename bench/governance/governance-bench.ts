/**
 * Governance benchmark, against a registry and a governance process of their own on the local stack:
 *  1. the gate: from a `product.version.proposed` event on Kafka to governance's `governance.decision.made`, both
 *     seen by the same consumer, for versions applied to the registry one after the other (target p99 < 100 ms);
 *  2. the access gate: from `access.requested` to `governance.access.decided`, for access requests made one after
 *     the other under one access-request policy (the same target);
 *  3. continuous compliance: re-evaluating 10,000 published products after a policy change, from the policy's
 *     PUT to the end of the run (target < 30 s); once with outcomes unchanged, once with half of them changing
 *     (each change is a stored evaluation and a decision event in the outbox).
 * Prints one JSON document.
 *
 *   node -r @swc-node/register bench/governance/governance-bench.ts [--proposals 200] [--requests 200]
 *     [--products 10000]
 */
import { EventCodec, HttpSchemaRegistry, type MeshEvent } from '@mesh/contracts';
import { createKafka } from '@mesh/messaging';
import { actAsKafkaAdmin, ADMIN_TOKEN, startGovernance, startRegistry, stack, uniqueName } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { latencies, machine, round, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const PROPOSALS = Number(args.get('--proposals') ?? 200);
const PRODUCTS = Number(args.get('--products') ?? 10_000);
const REQUESTS = Number(args.get('--requests') ?? 200);

const template = parse(readFileSync(resolve(__dirname, '../../examples/products/sales-orders.yaml'), 'utf8'));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function call(baseUrl: string, method: string, path: string, body?: unknown, contentType = 'application/json') {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return text;
}

/** The time from each subject's first event to its answer, for the subjects that have both. */
function between(asked: Map<string, number>, answered: Map<string, number>): number[] {
  return [...answered].flatMap(([subject, at]) => {
    const from = asked.get(subject);
    return from === undefined ? [] : [at - from];
  });
}

async function main(): Promise<object> {
  actAsKafkaAdmin();
  const registry = await startRegistry('bench-governance', { env: { LOG_LEVEL: 'error' } });
  const governance = await startGovernance('bench', registry, { LOG_LEVEL: 'error', REEVALUATION_INTERVAL_MS: '1000' });
  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'bench-governance', logLevel: 'error' });
  const consumer = kafka.consumer({ groupId: `${registry.topicPrefix}bench-observer` });
  try {
    const domain = uniqueName('bench');
    await call(registry.serviceUrl, 'POST', '/v1/domains', { name: domain, title: 'bench', owningTeam: 'bench' });

    // 1. The gate.
    const codec = new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl));
    // Arrival times by subject; the two topics are consumed independently, so either may be seen first.
    const proposedAt = new Map<string, number>();
    const decidedAt = new Map<string, number>();
    const requestedAt = new Map<string, number>();
    const accessDecidedAt = new Map<string, number>();
    await consumer.connect();
    await consumer.subscribe({
      topics: ['mesh.product-lifecycle.v1', 'mesh.governance.v1', 'mesh.access.v1'].map(
        (topic) => `${registry.topicPrefix}${topic}`,
      ),
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value === null) return;
        const seenAt = performance.now();
        const event = (await codec.decode(message.value)) as MeshEvent;
        if (event.type === 'product.version.proposed') proposedAt.set(event.subject, seenAt);
        if (event.type === 'governance.decision.made' && event.payload.trigger === 'proposal') {
          decidedAt.set(event.subject, seenAt);
        }
        if (event.type === 'access.requested') requestedAt.set(event.subject, seenAt);
        if (event.type === 'governance.access.decided') accessDecidedAt.set(event.subject, seenAt);
      },
    });
    for (let i = 0; i < PROPOSALS; i++) {
      const name = `gate-${i}`;
      const descriptor = stringify({ ...template, metadata: { ...template.metadata, domain, name } });
      await call(registry.serviceUrl, 'PUT', `/v1/products/${domain}/${name}`, descriptor, 'application/yaml');
      await sleep(50);
    }
    const deadline = Date.now() + 60_000;
    while (decidedAt.size < PROPOSALS && Date.now() < deadline) await sleep(100);
    const latenciesMs = between(proposedAt, decidedAt);

    // 2. The access gate, under one global access-request policy.
    await call(governance.serviceUrl, 'PUT', '/v1/policies/bench-purpose', {
      title: 'Purpose stated',
      description: 'benchmark policy',
      scope: 'global',
      target: 'access-request',
      severity: 'blocking',
      expression: 'size(request.purpose) >= 10',
      message: 'benchmark',
    });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    for (let i = 0; i < REQUESTS; i++) {
      const body = { purpose: i % 2 === 0 ? 'quarterly revenue analysis' : 'bi', until };
      await call(registry.serviceUrl, 'POST', `/v1/products/${domain}/gate-${i % PROPOSALS}/access-requests`, body);
      await sleep(50);
    }
    const accessDeadline = Date.now() + 60_000;
    while (accessDecidedAt.size < REQUESTS && Date.now() < accessDeadline) await sleep(100);
    const accessLatenciesMs = between(requestedAt, accessDecidedAt);

    // 3. Re-evaluation of every published product: copies seeded as the lifecycle events would leave them.
    await governance.sql(
      `INSERT INTO product_versions (domain, name, version, descriptor, state)
       SELECT $1, 'p-' || i, '1.0.0', jsonb_set($2::jsonb, '{metadata,name}', to_jsonb('p-' || i)), 'published'
       FROM generate_series(1, $3) AS i`,
      [domain, JSON.stringify({ ...template, metadata: { ...template.metadata, domain } }), PRODUCTS],
    );
    const reevaluate = async (id: string, expression: string) => {
      const started = performance.now();
      await call(governance.serviceUrl, 'PUT', `/v1/policies/${id}`, {
        title: id,
        description: 'benchmark policy',
        scope: 'global',
        severity: 'blocking',
        expression,
        message: 'benchmark',
      });
      for (;;) {
        const [run] = await governance.sql<{
          products: number | null;
          changed: number | null;
          serverMs: number | null;
        }>(
          `SELECT products, changed, extract(epoch FROM finished_at - requested_at) * 1000 AS "serverMs"
           FROM reevaluations WHERE reason = $1`,
          [`policy ${id} created`],
        );
        if (run?.products != null && run.products >= PRODUCTS) {
          return {
            products: run.products,
            outcomesChanged: run.changed,
            seconds: round((performance.now() - started) / 1000, 2),
            serverSeconds: round(Number(run.serverMs) / 1000, 2),
          };
        }
        await sleep(100);
      }
    };
    // The first run also records every product's first status; the second changes half the outcomes.
    const unchanged = await reevaluate('bench-always', 'size(product.spec.outputPorts) > 0');
    const halfChanged = await reevaluate(
      'bench-half',
      '!(product.metadata.name.startsWith("p-") && int(product.metadata.name.substring(2)) % 2 == 0)',
    );

    return {
      benchmark: 'governance',
      machine: machine(),
      gate: {
        description: 'product.version.proposed on Kafka → governance.decision.made on Kafka',
        target: 'p99 < 100 ms',
        proposals: PROPOSALS,
        ...latencies(latenciesMs),
      },
      accessGate: {
        description: 'access.requested on Kafka → governance.access.decided on Kafka',
        target: 'p99 < 100 ms',
        requests: REQUESTS,
        ...latencies(accessLatenciesMs),
      },
      reevaluation: {
        description: 'policy PUT → every published product re-evaluated and recorded',
        target: `${PRODUCTS} products < 30 s`,
        policies: 'starter pack (9) + the new one; each product is the sales-orders example',
        outcomesUnchanged: unchanged,
        halfOutcomesChanged: halfChanged,
      },
    };
  } finally {
    await consumer.disconnect();
    await governance.remove();
    await registry.remove();
  }
}

runBenchmark('governance', main);
