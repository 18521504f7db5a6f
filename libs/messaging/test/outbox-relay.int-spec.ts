import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { EventCodec, newEvent, type MeshEvent } from '@mesh/contracts';
import { stack, uniqueName, eventually } from '@mesh/testing';
import { createKafka, EventPublisher, Outbox, OutboxRelay } from '../src';
import { startConsumerApp, type ConsumerApp } from './support/consumer-app';
import { schemaRegistry, schemaRegistryUrl, useTestEnvironment } from './support/environment';
import { createPublicationsTable, PublicationLog } from './support/publication-log';

const REPO = resolve(__dirname, '../../..');
const ROWS = 10_000;
const SUBJECTS = 50;
const BATCH_SIZE = 250;

interface RelayProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<void>;
}

describe('transactional outbox relay', () => {
  let consumer: ConsumerApp;
  const relays: RelayProcess[] = [];
  const env = useTestEnvironment('outbox', {
    closeFirst: async () => {
      relays.forEach((relay) => relay.child.kill('SIGKILL'));
      await consumer?.close();
    },
  });

  beforeAll(async () => {
    await createPublicationsTable(env.database.dataSource);
    consumer = await startConsumerApp(
      {
        kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-outbox', logLevel: 'error' },
        schemaRegistry: schemaRegistry(),
        dataSource: env.database.dataSource,
        resolveTopic: env.topics.resolve,
        consumer: { groupId: uniqueName('it-outbox'), events: ['data.published'] },
      },
      [PublicationLog],
    );
  });

  function startRelay(script: string, extraEnv: Record<string, string> = {}): RelayProcess {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script, '--batch-size', String(BATCH_SIZE)], {
      cwd: REPO,
      env: {
        ...process.env,
        DATABASE_URL: env.database.url,
        SCHEMA_REGISTRY_URL: schemaRegistryUrl(),
        KAFKA_BROKERS: stack.kafkaBrokers().join(','),
        MESH_TOPIC_PREFIX: env.topics.prefix,
        LOG_LEVEL: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const relay = {
      child,
      output: () => output,
      exited: new Promise<void>((done) => child.once('exit', () => done())),
    };
    relays.push(relay);
    return relay;
  }

  const count = async (sql: string): Promise<number> => {
    const [row]: { n: number }[] = await env.database.dataSource.query(sql);
    return row.n;
  };

  async function messagesInKafka(): Promise<number> {
    const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-outbox', logLevel: 'error' }).admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(env.topics.resolve('mesh.data-published.v1'));
      return offsets.reduce((sum, { high }) => sum + Number(high), 0);
    } finally {
      await admin.disconnect();
    }
  }

  const sentRows = () => count('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NOT NULL');

  /** `rows` publications spread over `subjects` products; rowsTotal counts up per subject, to check order. */
  const publications = (domain: string, rows: number, subjects: number) =>
    Array.from({ length: rows }, (_, index) =>
      newEvent('data.published', {
        subject: `urn:mesh:product:${domain}:p${index % subjects}`,
        producer: 'catalog',
        payload: {
          product: { domain, name: `p${index % subjects}`, version: '1.0.0' },
          port: 'orders',
          snapshotId: String(index),
          rowsAdded: 1,
          rowsTotal: Math.floor(index / subjects),
          committedAt: Date.now(),
          source: 'catalog',
          runId: null,
          table: null,
          metadataLocation: null,
          operation: null,
          filesAdded: null,
          filesTotal: null,
        },
      }),
    );

  /** Applied events of a domain whose sequence went backwards within their subject. */
  const outOfOrder = (domain: string) =>
    count(`
      SELECT count(*)::int AS n FROM (
        SELECT sequence < lag(sequence) OVER (PARTITION BY subject ORDER BY id) AS backwards
        FROM applied_publications WHERE subject LIKE 'urn:mesh:product:${domain}:%'
      ) ordered WHERE backwards`);

  const applied = async (events: readonly MeshEvent[]): Promise<Set<string>> => {
    const rows: { event_id: string }[] = await env.database.dataSource.query(
      'SELECT event_id FROM applied_publications WHERE event_id = ANY($1)',
      [events.map((event) => event.eventId)],
    );
    return new Set(rows.map((row) => row.event_id));
  };

  it('publishes every row at least once after kill -9 mid-batch, and the handler applies each event once, in order per subject', async () => {
    const events = publications('sales', ROWS, SUBJECTS);
    await env.database.dataSource.transaction((manager) => Outbox.addAll(manager, events));

    // The first relay dies by SIGKILL right after Kafka acknowledged its 12th batch, before
    // marking that batch sent: the worst moment to crash.
    const first = startRelay('libs/messaging/test/fixtures/relay-dying-after-publish.ts', { SENDS_BEFORE_DEATH: '12' });
    await first.exited;
    expect({ signal: first.child.signalCode, output: first.output() }).toEqual({
      signal: 'SIGKILL',
      output: expect.any(String),
    });
    const sentAtCrash = await sentRows();
    expect(sentAtCrash).toBe(11 * BATCH_SIZE);
    expect(await messagesInKafka()).toBe(12 * BATCH_SIZE);

    const second = startRelay('libs/messaging/src/cli/outbox-relay.ts');
    await eventually(
      async () => (await count('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL')) === 0,
      () => `unsent rows remain:\n${second.output()}`,
      60_000,
    );
    await eventually(
      async () => (await count('SELECT count(DISTINCT event_id)::int AS n FROM applied_publications')) === ROWS,
      async () =>
        `applied ${await count('SELECT count(DISTINCT event_id)::int AS n FROM applied_publications')} of ${ROWS}`,
      60_000,
    );
    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.child.exitCode).toBe(0);

    // The batch published before the crash went out twice; the consumer saw it twice.
    expect(await messagesInKafka()).toBe(ROWS + BATCH_SIZE);
    expect(await count('SELECT count(*)::int AS n FROM applied_publications')).toBe(ROWS);
    expect(await applied(events)).toEqual(new Set(events.map((event) => event.eventId)));
    expect(await outOfOrder('sales')).toBe(0);
  });

  it('applies a redelivered event once', async () => {
    const [event, next] = publications('redelivery', 2, 1);
    const timesApplied = (id: string) =>
      count(`SELECT count(*)::int AS n FROM applied_publications WHERE event_id = '${id}'`);

    await consumer.messaging.publisher.publishBatch([event, event, next]);
    await eventually(
      async () => (await timesApplied(next.eventId)) === 1,
      () => 'the event published after the duplicate was not applied',
    );

    expect(await timesApplied(event.eventId)).toBe(1);
  });

  it('lets two relays run side by side without losing a row or overtaking within a subject', async () => {
    const events = publications('ops', 5_000, 300);
    await env.database.dataSource.transaction((manager) => Outbox.addAll(manager, events));
    const relays = await Promise.all(
      [1, 2].map(async () => {
        const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-outbox-relay', logLevel: 'error' });
        const publisher = new EventPublisher(kafka, new EventCodec(schemaRegistry()), {
          resolveTopic: env.topics.resolve,
        });
        await publisher.connect();
        const send = jest.spyOn(publisher, 'send');
        const relay = new OutboxRelay(env.database.dataSource, publisher, {
          batchSize: BATCH_SIZE,
          pollIntervalMs: 50,
        });
        return {
          publisher,
          relay,
          published: () => send.mock.calls.reduce((sum, [records]) => sum + records.length, 0),
        };
      }),
    );

    await Promise.all(relays.map(({ relay }) => relay.start()));
    try {
      await eventually(
        async () => (await applied(events)).size === events.length,
        async () => `applied ${(await applied(events)).size} of ${events.length}`,
        60_000,
      );
    } finally {
      for (const { relay, publisher } of relays) {
        await relay.stop();
        await publisher.disconnect();
      }
    }

    expect(await count('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL')).toBe(0);
    expect(await outOfOrder('ops')).toBe(0);
    // Both took part, and neither published a row the other did.
    const [first, second] = relays.map(({ published }) => published());
    expect({ first: first > 0, second: second > 0, total: first + second }).toEqual({
      first: true,
      second: true,
      total: events.length,
    });
  });
});
