import { EventCodec, HttpSchemaRegistry, newEvent, topicOf, type MeshEvent } from '@mesh/contracts';
import { createKafka } from '@mesh/messaging';
import { stack } from '@mesh/testing';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import type { Consumer, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { latencies, round } from '../support/report';
import { cpuPer, readCpu, type GatewayUnderTest } from './gateway-process';

const SUBSCRIPTION = `subscription { qualityAlerts {
  eventId type alertId product { domain name version } severity message occurredAt } }`;
const ACTIVE = 'gateway_active_subscriptions{field="qualityAlerts"}';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface Product {
  domain: string;
  name: string;
  version: string;
}

/**
 * The Kafka side: alerts raised on the real `mesh.quality.v1` topic as the quality service raises them (Avro,
 * Confluent wire format, keyed by the product's URN), and the floor, one plain kafkajs consumer of the same topic
 * in this process, which notes when each event reaches it. Every alert raised is resolved at `close`, so that the
 * services consuming the topic (search counts open alerts) are left as they were.
 */
export class AlertStream {
  readonly floorReceivedAt = new Map<string, number>();
  private readonly raised: MeshEvent<'quality.alert.raised'>[] = [];
  private readonly topic = topicOf('quality.alert.raised');

  private constructor(
    private readonly codec: EventCodec,
    private readonly producer: Producer,
    private readonly consumer: Consumer,
    private readonly floorGroup: string,
  ) {}

  static async open(token: string): Promise<AlertStream> {
    const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'bench-gateway', logLevel: 'error' });
    const registry = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3001';
    const codec = new EventCodec(new HttpSchemaRegistry(`${registry}/schema-registry`, { token }));
    const floorGroup = `bench-gateway-floor-${randomUUID().slice(0, 8)}`;
    const stream = new AlertStream(
      codec,
      kafka.producer({ allowAutoTopicCreation: false }),
      kafka.consumer({ groupId: floorGroup, sessionTimeout: 10_000, heartbeatInterval: 1_000 }),
      floorGroup,
    );
    await stream.producer.connect();
    const joined = new Promise<void>((done) => stream.consumer.on(stream.consumer.events.GROUP_JOIN, () => done()));
    await stream.consumer.connect();
    await stream.consumer.subscribe({ topics: [stream.topic], fromBeginning: false });
    await stream.consumer.run({
      eachMessage: async ({ message }) => {
        const receivedAt = performance.now();
        if (message.value === null) return;
        const { eventId } = await codec.decode(message.value);
        if (!stream.floorReceivedAt.has(eventId)) stream.floorReceivedAt.set(eventId, receivedAt);
      },
    });
    await joined;
    return stream;
  }

  /** Raises an alert; `sending` is called with the event just before the produce call (encoding done). */
  async raise(product: Product, sending: (eventId: string) => void): Promise<void> {
    const event = newEvent('quality.alert.raised', {
      subject: `urn:mesh:product:${product.domain}:${product.name}`,
      producer: 'bench-gateway',
      payload: {
        alertId: randomUUID(),
        product,
        kind: 'quality',
        severity: 'warning',
        ruleId: 'bench-gateway-fan-out',
        message: 'Synthetic alert of the gateway benchmark; resolved at its end.',
      },
    });
    this.raised.push(event);
    const value = await this.codec.encode(event);
    sending(event.eventId);
    await this.producer.send({ topic: this.topic, messages: [{ key: event.subject, value }] });
  }

  async close(): Promise<void> {
    for (const { subject, payload } of this.raised.splice(0)) {
      const resolved = newEvent('quality.alert.resolved', {
        subject,
        producer: 'bench-gateway',
        payload: { alertId: payload.alertId, product: payload.product, resolution: 'benchmark over' },
      });
      const value = await this.codec.encode(resolved);
      await this.producer.send({ topic: this.topic, messages: [{ key: subject, value }] });
    }
    await this.producer.disconnect();
    await this.consumer.disconnect();
    const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'bench-gateway', logLevel: 'error' }).admin();
    await admin.connect();
    await admin.deleteGroups([this.floorGroup]).catch(() => undefined);
    await admin.disconnect();
  }
}

interface AlertData {
  qualityAlerts: { eventId: string };
}
type AlertResult = FormattedExecutionResult<AlertData>;

/** One graphql-ws connection with its subscription; resolves once the gateway has acknowledged the connection. */
function subscriber(
  url: string,
  token: string,
  onResult: (result: AlertResult) => void,
  onClose: (code: number) => void,
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: {
        connected: () => resolve(client),
        closed: (event) => {
          const code = (event as { code?: number }).code ?? 0;
          onClose(code);
          reject(new Error(`a subscriber's socket closed with ${code} before it was acknowledged`));
        },
      },
    });
    client.subscribe<AlertData>({ query: SUBSCRIPTION }, { next: onResult, error: () => {}, complete: () => {} });
  });
}

async function until(what: string, timeoutMs: number, done: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

async function settledMemory(gateway: GatewayUnderTest) {
  await gateway.collectGarbage();
  await sleep(500);
  return gateway.memory();
}

export interface FanOutOptions {
  token: string;
  product: Product;
  subscribers: number;
  events: number;
  intervalMs: number;
  /** Connections opened at once: 10,000 at a time would only measure a stampede. */
  batch: number;
}

/**
 * N subscribers, each on a connection of its own, then K alerts raised INTERVAL ms apart. Every receipt is timed
 * from just before its produce call, by eventId; the floor is the same events' arrival at the plain consumer.
 */
export async function fanOut(gateway: GatewayUnderTest, stream: AlertStream, options: FanOutOptions) {
  const { subscribers: n, events: k } = options;
  const sent = new Map<string, { index: number; at: number }>();
  const warmUps = new Set<string>();
  const received = new Uint8Array(n * k);
  const countOf = new Uint32Array(n);
  const warmed = new Uint8Array(n);
  const samples: number[] = [];
  const lastPerEvent = new Array<number>(k).fill(-1);
  const closes = new Map<number, number>();
  let duplicates = 0;
  let errors = 0;
  let lastReceiptAt = 0;
  let disposing = false;

  const onResult = (i: number) => (result: AlertResult) => {
    const receivedAt = performance.now();
    if (result.errors !== undefined) errors++;
    const eventId = result.data?.qualityAlerts.eventId ?? '';
    const event = sent.get(eventId);
    if (event === undefined) {
      if (warmUps.has(eventId)) warmed[i] = 1;
      return;
    }
    lastReceiptAt = receivedAt;
    if (received[event.index * n + i] === 1) return void duplicates++;
    received[event.index * n + i] = 1;
    countOf[i]++;
    const latency = receivedAt - event.at;
    samples.push(latency);
    lastPerEvent[event.index] = Math.max(lastPerEvent[event.index], latency);
  };
  const onClose = (code: number) => {
    if (!disposing) closes.set(code, (closes.get(code) ?? 0) + 1);
  };

  const memoryBefore = await settledMemory(gateway);
  const connectStarted = performance.now();
  const clients: Client[] = [];
  for (let start = 0; start < n; start += options.batch) {
    const batch = Array.from({ length: Math.min(options.batch, n - start) }, (_, j) =>
      subscriber(gateway.url, options.token, onResult(start + j), onClose),
    );
    clients.push(...(await Promise.all(batch)));
  }
  await until(`${n} active subscriptions`, 60_000, async () => (await gateway.metric(ACTIVE)) === n);
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  const memoryAfter = await settledMemory(gateway);

  // A warm-up alert (not measured), raised again every 5 s until the floor consumer and every subscriber have one:
  // both consumers then read from the latest offset, and the gateway's audience cache and schema lookups are warm.
  // Not raised more often, so that no warm-up is still being fanned out ahead of the measured alerts.
  let warmUpRaisedAt = -Infinity;
  await until('a warm-up alert reaching every subscriber', 60_000, async () => {
    if (performance.now() - warmUpRaisedAt > 5_000) {
      warmUpRaisedAt = performance.now();
      await stream.raise(options.product, (eventId) => warmUps.add(eventId));
    }
    return warmed.every((flag) => flag === 1) && [...warmUps].some((id) => stream.floorReceivedAt.has(id));
  });

  const cpuBefore = readCpu(gateway.pid);
  const started = performance.now();
  lastReceiptAt = started;
  for (let index = 0; index < k; index++) {
    await sleep(started + index * options.intervalMs - performance.now());
    await stream.raise(options.product, (eventId) => sent.set(eventId, { index, at: performance.now() }));
  }
  // Done when every subscriber has every event, or nothing has arrived for 5 s (since the last event was raised).
  await until('the end of the fan-out', 600_000, () => {
    const quiet = performance.now() - lastReceiptAt > 5_000;
    return quiet || (samples.length === n * k && [...sent.keys()].every((id) => stream.floorReceivedAt.has(id)));
  });
  const cpuAfter = readCpu(gateway.pid);

  disposing = true;
  for (let start = 0; start < clients.length; start += options.batch) {
    await Promise.all(clients.slice(start, start + options.batch).map((client) => client.dispose()));
  }
  await until('the subscriptions to end', 60_000, async () => (await gateway.metric(ACTIVE)) === 0);
  const memoryClosed = await settledMemory(gateway);

  const floor = [...sent].flatMap(([eventId, { at }]) => {
    const receivedAt = stream.floorReceivedAt.get(eventId);
    return receivedAt === undefined ? [] : [receivedAt - at];
  });
  const subscriberLatency = latencies(samples);
  const floorLatency = latencies(floor);
  const perConnectionKiB = (before: number | null, after: number | null) =>
    before === null || after === null ? null : round((after - before) / n / 1024, 1);
  const mib = (bytes: number | null) => (bytes === null ? null : round(bytes / 2 ** 20));
  return {
    subscribers: n,
    events: k,
    intervalMs: options.intervalMs,
    connectSeconds: round(connectSeconds, 1),
    subscriberLatency,
    floorLatency,
    ratioP99: round(subscriberLatency.p99Ms / floorLatency.p99Ms, 2),
    // When the last subscriber had each event, in the order raised: flat when the gateway keeps up with the rate,
    // growing when it does not (the fan-out is then bound by CPU, and deliveriesPerSecond is its throughput).
    lastReceiptByEventMs: lastPerEvent.map((latency) => (latency < 0 ? null : Math.round(latency))),
    deliveriesPerSecond: Math.round(samples.length / ((lastReceiptAt - started) / 1000)),
    receivedEveryEvent: round(countOf.filter((count) => count === k).length / n, 4),
    deliveriesMissing: n * k - samples.length,
    duplicates,
    resultsWithErrors: errors,
    closedByGateway: Object.fromEntries(closes),
    cpuUsPerDelivery: cpuPer(cpuBefore, cpuAfter, samples.length, 1e6),
    // Each after a full GC: before connecting, with every subscriber connected, and once all have closed (a
    // heap well above `before` then is memory the gateway kept of connections that are gone).
    memory: {
      rssKiBPerConnection: perConnectionKiB(memoryBefore.rssBytes, memoryAfter.rssBytes),
      heapKiBPerConnection: perConnectionKiB(memoryBefore.heapUsedBytes, memoryAfter.heapUsedBytes),
      rssMiB: {
        before: mib(memoryBefore.rssBytes),
        connected: mib(memoryAfter.rssBytes),
        closed: mib(memoryClosed.rssBytes),
      },
      heapMiB: {
        before: mib(memoryBefore.heapUsedBytes),
        connected: mib(memoryAfter.heapUsedBytes),
        closed: mib(memoryClosed.heapUsedBytes),
      },
    },
  };
}
