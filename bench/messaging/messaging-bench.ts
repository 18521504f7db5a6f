/**
 * Messaging benchmark: outbox → relay → Kafka → idempotent handler, against raw kafkajs
 * produce → consume on the same broker as the floor. Prints one JSON document.
 *
 *   SCHEMA_REGISTRY_URL=http://127.0.0.1:3001/schema-registry \
 *     node -r @swc-node/register bench/messaging/messaging-bench.ts [--seconds 15] [--step-seconds 10] \
 *     [--instances 1,2]
 *
 * `--instances` lists how many instances of the producing and consuming service to measure, one after the other in
 * the same run: n relays sharing the outbox and n consumers sharing the group's partitions, as `--replicas n` runs
 * the mesh.
 *
 * As in production, the writer (load-writer.ts) and the relay run in processes of their own;
 * the consuming service runs here and measures, as a Nest application whose `@EventPattern`
 * handler runs on the MeshEventsServer transport. Latency is from event creation (in the writer)
 * to the handler.
 * - at1k: 1,000 events/s, one transaction per event, handler writing one row per event.
 * - sustained: rising paced rates (10 events per transaction). A rate is sustained when at least
 *   95% of it is handled, every event arrives within SUSTAIN_GRACE_MS of the writer finishing and
 *   p99 stays under SUSTAIN_P99_MS; the figure is the highest sustained rate. Swept twice: with
 *   the row-writing handler (what a projection costs) and with a handler that only counts (what
 *   the messaging path itself carries).
 * The raw kafkajs floor has the same producer guarantees (idempotent, acks=all) and message size:
 * its at1k latency, and its flat-out throughput.
 */
import { execFile, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { HttpSchemaRegistry, type PayloadOf } from '@mesh/contracts';
import { actAsKafkaAdmin, startRegistry, stack, uniqueName, type TestDatabase } from '@mesh/testing';
import { createKafka, Messaging, Outbox, type MeshEventContext } from '@mesh/messaging';
import { startConsumerApp } from '../../libs/messaging/test/support/consumer-app';
import {
  createMessagingDatabase,
  createTestTopics,
  type TestTopics,
} from '../../libs/messaging/test/support/shared-stack';
import { machine, percentile, round, runBenchmark } from '../support/report';
import { publication, sleep, WARM_UP_PRODUCER, type RawBody } from './bench-events';

const REPO = resolve(__dirname, '../..');
const TARGETS = { p99At1kMs: 50, sustainedPerSecond: 5_000 };
const PACED_RATE = 1_000;
const SUSTAIN_RATES = [2_500, 5_000, 7_500, 10_000, 12_500, 15_000];
const SUSTAIN_EVENTS_PER_TRANSACTION = 10;
const SUSTAIN_GRACE_MS = 3_000;
const SUSTAIN_P99_MS = 1_000;
const WARM_UP_SECONDS = 3;

interface Figures {
  events: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** End-to-end latency of each delivery, from the creation time the message carries. */
class LatencyProbe {
  private samples: number[] = [];
  private first = 0;
  private last = 0;

  record(createdAt: number): void {
    this.last = Date.now();
    if (this.samples.length === 0) this.first = this.last;
    this.samples.push(this.last - createdAt);
  }

  get count(): number {
    return this.samples.length;
  }

  reset(): void {
    this.samples = [];
  }

  /** Throughput over the span from the first delivery to the last. */
  figures(): Figures {
    const seconds = (this.last - this.first) / 1000;
    return {
      events: this.samples.length,
      seconds: round(seconds, 2),
      perSecond: Math.round(this.samples.length / seconds),
      p50Ms: percentile(this.samples, 50) || 0,
      p99Ms: percentile(this.samples, 99) || 0,
      maxMs: percentile(this.samples, 100) || 0,
    };
  }
}

/** What every instance of the consuming service reports to: one probe, and whether handlers write. */
const projection = { probe: new LatencyProbe(), writes: true };

/** The consuming service: one write per event in the handler's transaction, like a projection. */
@Controller()
class PublicationProjection {
  @EventPattern('data.published')
  async onPublished(
    @Payload() payload: PayloadOf<'data.published'>,
    @Ctx() { event, manager }: MeshEventContext<'data.published'>,
  ): Promise<void> {
    if (projection.writes)
      await manager.query('INSERT INTO bench_projection (subject, rows_total) VALUES ($1, $2)', [
        event.subject,
        payload.rowsTotal,
      ]);
    if (event.producer !== WARM_UP_PRODUCER) projection.probe.record(event.occurredAt);
  }
}

/** Polls `check`; false when it still fails after `timeoutMs`. */
async function settles(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Runs the load writer to completion; returns how many measured messages it wrote. */
async function runWriter(args: Record<string, string | number>, env: Record<string, string>): Promise<number> {
  const flags = Object.entries(args).flatMap(([name, value]) => [`--${name}`, String(value)]);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'bench/messaging/load-writer.ts', ...flags],
    {
      cwd: REPO,
      env: { ...process.env, ...env },
    },
  );
  return (JSON.parse(stdout) as { written: number }).written;
}

/** The writer writes, then the probe waits for every measured message (up to `graceMs`). */
async function phase(
  probe: LatencyProbe,
  write: () => Promise<number>,
  graceMs: number,
): Promise<Figures & { written: number; complete: boolean }> {
  probe.reset();
  const written = await write();
  const complete = await settles(() => probe.count >= written, graceMs);
  return { ...probe.figures(), written, complete };
}

async function benchOutbox(
  registryUrl: string,
  database: TestDatabase,
  topics: TestTopics,
  seconds: number,
  stepSeconds: number,
  instances: number,
) {
  await database.dataSource.query(
    'CREATE TABLE IF NOT EXISTS bench_projection (id bigserial PRIMARY KEY, subject text NOT NULL, rows_total bigint NOT NULL)',
  );
  projection.writes = true;
  // Consumers of one group: the partitions are shared among the instances.
  const groupId = uniqueName('bench-outbox');
  const services = await Promise.all(
    Array.from({ length: instances }, () =>
      startConsumerApp(
        {
          kafka: { brokers: stack.kafkaBrokers(), clientId: 'bench-messaging', logLevel: 'error' },
          schemaRegistry: new HttpSchemaRegistry(registryUrl),
          dataSource: database.dataSource,
          resolveTopic: topics.resolve,
          consumer: { groupId, events: ['data.published'] },
        },
        [PublicationProjection],
      ),
    ),
  );
  const env = {
    DATABASE_URL: database.url,
    SCHEMA_REGISTRY_URL: registryUrl,
    MESH_TOPIC_PREFIX: topics.prefix,
    KAFKA_BROKERS: stack.kafkaBrokers().join(','),
    LOG_LEVEL: 'warn',
  };
  // Relays sharing one outbox: each claims its rows with SKIP LOCKED.
  const relays = Array.from({ length: instances }, () =>
    spawn(process.execPath, ['-r', '@swc-node/register', 'libs/messaging/src/cli/outbox-relay.ts'], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const paced = (rate: number, perWrite: number, phaseSeconds: number) => () =>
    runWriter(
      { sink: 'outbox', mode: 'paced', rate, 'per-write': perWrite, seconds: phaseSeconds, 'warm-up': WARM_UP_SECONDS },
      env,
    );
  try {
    await database.dataSource.transaction((manager) => Outbox.add(manager, publication(0, WARM_UP_PRODUCER)));
    await sleep(1_000);

    const at1k = await phase(projection.probe, paced(PACED_RATE, 1, seconds), 60_000);
    const sweep = async () => {
      const steps = [];
      for (const rate of SUSTAIN_RATES) {
        const step = await phase(
          projection.probe,
          paced(rate, SUSTAIN_EVENTS_PER_TRANSACTION, stepSeconds),
          SUSTAIN_GRACE_MS,
        );
        const sustained = step.complete && step.perSecond >= 0.95 * rate && step.p99Ms < SUSTAIN_P99_MS;
        steps.push({
          targetPerSecond: rate,
          handledPerSecond: step.perSecond,
          p50Ms: step.p50Ms,
          p99Ms: step.p99Ms,
          sustained,
        });
        if (!sustained) {
          // Let the backlog drain so that it does not weigh on what is measured next.
          await settles(() => projection.probe.count >= step.written, 300_000);
          break;
        }
      }
      const maxSustainedPerSecond = Math.max(
        0,
        ...steps.filter((step) => step.sustained).map((step) => step.targetPerSecond),
      );
      return { steps, maxSustainedPerSecond };
    };
    const sustained = await sweep();
    projection.writes = false;
    const sustainedCountingHandler = await sweep();
    return { at1k, sustained, sustainedCountingHandler };
  } finally {
    await Promise.all(
      relays.map((relay) => {
        relay.kill('SIGTERM');
        return new Promise((done) => relay.once('exit', done));
      }),
    );
    await Promise.all(services.map((service) => service.close()));
  }
}

/** The floor: the same broker and producer guarantees, no database, no Avro, no outbox. */
async function benchRawKafka(topics: TestTopics, seconds: number, bytes: number) {
  // A topic of its own: the outbox consumer must not meet these non-Avro messages.
  const topic = topics.resolve('mesh.quality.v1');
  const probe = new LatencyProbe();
  const consumer = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'bench-raw', logLevel: 'error' }).consumer({
    groupId: uniqueName('bench-raw'),
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ message }) => {
        const body = JSON.parse(String(message.value)) as RawBody;
        if (!body.warmUp) probe.record(body.at);
      },
    });
    const env = { KAFKA_BROKERS: stack.kafkaBrokers().join(',') };
    const writer = (mode: 'paced' | 'flat') => () =>
      runWriter({ sink: 'kafka', topic, bytes, mode, seconds, rate: PACED_RATE, 'warm-up': WARM_UP_SECONDS }, env);
    const at1k = await phase(probe, writer('paced'), 60_000);
    const flat = await phase(probe, writer('flat'), 300_000);
    return { at1k, flatOutPerSecond: flat.perSecond };
  } finally {
    await consumer.disconnect();
  }
}

async function main(): Promise<object> {
  actAsKafkaAdmin();
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '15' },
      'step-seconds': { type: 'string', default: '10' },
      instances: { type: 'string', default: '1' },
    },
  });
  const seconds = Number(values.seconds);
  const counts = values.instances.split(',').map(Number);
  if (!counts.every((count) => Number.isInteger(count) && count >= 1))
    throw new Error(`--instances lists instance counts (e.g. 1,2), not ${values.instances}`);
  const loadBefore = loadavg();
  const registry = await startRegistry('bench-messaging', { env: { LOG_LEVEL: 'error' } });
  const topics = await createTestTopics('bench');
  const database = await createMessagingDatabase('bench');
  try {
    const sizer = new Messaging({
      kafka: { brokers: stack.kafkaBrokers(), clientId: 'bench-size' },
      schemaRegistry: new HttpSchemaRegistry(registry.schemaRegistryUrl),
    });
    const eventBytes = (await sizer.publisher.prepare(publication(0))).value.length;
    const raw = await benchRawKafka(topics, seconds, eventBytes);
    const byInstances: Record<string, Awaited<ReturnType<typeof benchOutbox>>> = {};
    for (const [index, count] of counts.entries()) {
      // Topics of its own for each count after the first: a new group reads its topics from the beginning.
      const countTopics = index === 0 ? topics : await createTestTopics(`bench${count}`);
      try {
        byInstances[count] = await benchOutbox(
          registry.schemaRegistryUrl,
          database,
          countTopics,
          seconds,
          Number(values['step-seconds']),
          count,
        );
      } finally {
        if (countTopics !== topics) await countTopics.remove();
      }
    }
    const outbox = byInstances[counts[0]];
    const result = {
      benchmark: 'messaging',
      machine: { ...machine(), loadAverage1mBefore: round(loadBefore[0], 2) },
      settings: {
        seconds,
        stepSeconds: Number(values['step-seconds']),
        warmUpSeconds: WARM_UP_SECONDS,
        pacedRatePerSecond: PACED_RATE,
        sustainEventsPerTransaction: SUSTAIN_EVENTS_PER_TRANSACTION,
        sustainCriteria: { graceMs: SUSTAIN_GRACE_MS, p99BelowMs: SUSTAIN_P99_MS },
        eventBytes,
      },
      outbox,
      ...(counts.length > 1 && { outboxByInstances: byInstances, instanceRatios: instanceRatios(byInstances) }),
      rawKafkajs: raw,
      ratios: {
        p50At1k: round(outbox.at1k.p50Ms / Math.max(1, raw.at1k.p50Ms), 2),
        p99At1k: round(outbox.at1k.p99Ms / Math.max(1, raw.at1k.p99Ms), 2),
        throughput: round(outbox.sustained.maxSustainedPerSecond / raw.flatOutPerSecond, 2),
        throughputCountingHandler: round(
          outbox.sustainedCountingHandler.maxSustainedPerSecond / raw.flatOutPerSecond,
          2,
        ),
      },
      targets: {
        ...TARGETS,
        p99At1kMet: outbox.at1k.complete && outbox.at1k.p99Ms < TARGETS.p99At1kMs,
        sustainedMet: outbox.sustained.maxSustainedPerSecond >= TARGETS.sustainedPerSecond,
        sustainedMetCountingHandler:
          outbox.sustainedCountingHandler.maxSustainedPerSecond >= TARGETS.sustainedPerSecond,
      },
    };
    return result;
  } finally {
    await database.remove();
    await topics.remove();
    await registry.remove();
  }
}

/** Each instance count's figures over the first count's: what more instances cost or gain on this machine. */
function instanceRatios(byInstances: Record<string, Awaited<ReturnType<typeof benchOutbox>>>) {
  const [first, ...others] = Object.entries(byInstances);
  return Object.fromEntries(
    others.map(([count, figures]) => [
      `${count}:${first[0]}`,
      {
        p99At1k: round(figures.at1k.p99Ms / Math.max(1, first[1].at1k.p99Ms), 2),
        maxSustained: round(
          figures.sustained.maxSustainedPerSecond / Math.max(1, first[1].sustained.maxSustainedPerSecond),
          2,
        ),
        maxSustainedCountingHandler: round(
          figures.sustainedCountingHandler.maxSustainedPerSecond /
            Math.max(1, first[1].sustainedCountingHandler.maxSustainedPerSecond),
          2,
        ),
      },
    ]),
  );
}

runBenchmark('messaging', main);
