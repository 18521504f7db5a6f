/**
 * The benchmark's producing service, in a process of its own like the registry in production.
 * It writes events into the outbox, or raw messages to Kafka for the floor, either paced at a
 * rate (`--per-write` events per transaction or send) or flat out (batches of 50 from 4
 * loops). Paced runs start with `--warm-up` seconds of marked messages (connection pools, JIT)
 * that the measurement skips. Prints `{"written": n}`, the measured messages, when done.
 *
 *   node -r @swc-node/register bench/messaging/load-writer.ts --sink outbox|kafka --mode paced|flat \
 *     --seconds 10 [--rate 1000] [--per-write 1] [--warm-up 3] [--topic <raw topic>] [--bytes 132]
 */
import { parseArgs } from 'node:util';
import { Partitioners } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createKafka, Outbox } from '@mesh/messaging';
import { publication, rawMessage, sleep, WARM_UP_PRODUCER } from './bench-events';

const FLAT_WRITERS = 4;
const FLAT_BATCH = 50;

/** One transaction (outbox) or one send (Kafka) of `count` messages. */
type Write = (count: number, warmUp: boolean) => Promise<void>;

/** Writes so that `rate` messages per second go out evenly for `seconds`; returns how many went out. */
async function paced(
  rate: number,
  seconds: number,
  perWrite: number,
  write: (count: number) => Promise<void>,
): Promise<number> {
  const started = Date.now();
  let emitted = 0;
  const pending = new Set<Promise<void>>();
  while (Date.now() - started < seconds * 1000) {
    const due = Math.floor(((Date.now() - started) / 1000) * rate) - emitted;
    for (let left = due; left > 0; left -= perWrite) {
      const writing = write(Math.min(perWrite, left)).finally(() => pending.delete(writing));
      pending.add(writing);
    }
    emitted += Math.max(0, due);
    await sleep(1);
  }
  await Promise.all(pending);
  return emitted;
}

async function flatOut(seconds: number, write: (count: number) => Promise<void>): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let written = 0;
  await Promise.all(
    Array.from({ length: FLAT_WRITERS }, async () => {
      while (Date.now() < until) {
        await write(FLAT_BATCH);
        written += FLAT_BATCH;
      }
    }),
  );
  return written;
}

async function outboxWriter(): Promise<{ write: Write; close(): Promise<void> }> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url: process.env.DATABASE_URL,
    poolSize: 20,
  }).initialize();
  let sequence = 0;
  return {
    write: (count, warmUp) =>
      dataSource.transaction((manager) =>
        Outbox.addAll(
          manager,
          Array.from({ length: count }, () => publication(sequence++, warmUp ? WARM_UP_PRODUCER : undefined)),
        ),
      ),
    close: () => dataSource.destroy(),
  };
}

async function kafkaWriter(topic: string, bytes: number): Promise<{ write: Write; close(): Promise<void> }> {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  // The same guarantees as the platform's publisher.
  const producer = createKafka({ brokers, clientId: 'bench-writer', logLevel: 'error' }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  let sequence = 0;
  return {
    write: async (count, warmUp) => {
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: count }, () => rawMessage(sequence++, bytes, warmUp)),
      });
    },
    close: () => producer.disconnect(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sink: { type: 'string' },
      mode: { type: 'string' },
      seconds: { type: 'string' },
      rate: { type: 'string', default: '1000' },
      'per-write': { type: 'string', default: '1' },
      'warm-up': { type: 'string', default: '3' },
      topic: { type: 'string', default: '' },
      bytes: { type: 'string', default: '132' },
    },
  });
  const { write, close } =
    values.sink === 'outbox' ? await outboxWriter() : await kafkaWriter(values.topic, Number(values.bytes));
  const seconds = Number(values.seconds);
  let written: number;
  if (values.mode === 'paced') {
    const rate = Number(values.rate);
    const perWrite = Number(values['per-write']);
    await paced(rate, Number(values['warm-up']), perWrite, (count) => write(count, true));
    written = await paced(rate, seconds, perWrite, (count) => write(count, false));
  } else {
    written = await flatOut(seconds, (count) => write(count, false));
  }
  await close();
  process.stdout.write(`${JSON.stringify({ written })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
