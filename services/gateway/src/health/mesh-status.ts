import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { TOPICS, type TopicName } from '@mesh/contracts';
import { createKafka, prefixedTopics } from '@mesh/messaging';
import { CONFIG, LOGGER } from '@mesh/platform';
import type { Admin } from 'kafkajs';
import type { Logger } from 'pino';
import type { ServiceName } from '../clients/service-error';
import type { GatewayConfig } from '../config';
import { serviceUrls } from './service-readiness';

export interface ServiceStatus {
  name: string;
  ready: boolean;
  /** The service's /ready report: each component it uses, up or down. */
  detail: unknown;
  /** Outbox rows not yet on Kafka, and the age of the oldest; null for a service without an outbox. */
  outboxUnsentRows: number | null;
  outboxLagSeconds: number | null;
  /** Messages this service sent to the dead-letter topic since it started. */
  deadLetters: number | null;
}

export interface ConsumerLag {
  group: string;
  topic: string;
  /** Messages on the topic the group has not committed yet, over all partitions. */
  lag: number;
}

/**
 * What an operator asks first: is every service ready, is any consumer falling behind, is any outbox stuck. Read
 * from the services' /ready and /metrics and from Kafka's committed offsets of the mesh's consumer groups (the
 * gateways' own groups, which start at the latest offset, are left out).
 */
@Injectable()
export class MeshStatus implements OnApplicationShutdown {
  private admin: Promise<Admin> | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async services(): Promise<ServiceStatus[]> {
    return Promise.all(
      Object.entries(serviceUrls(this.config)).map(([name, url]) => this.serviceStatus(name as ServiceName, url)),
    );
  }

  async consumerLags(): Promise<ConsumerLag[]> {
    const admin = await this.connectedAdmin();
    const prefix = this.config.MESH_TOPIC_PREFIX;
    const topics = (Object.keys(TOPICS) as TopicName[]).map(prefixedTopics(prefix));
    const existing = new Set(await admin.listTopics());
    const ends = new Map<string, Map<number, bigint>>();
    for (const topic of topics.filter((name) => existing.has(name))) {
      ends.set(
        topic,
        new Map((await admin.fetchTopicOffsets(topic)).map((entry) => [entry.partition, BigInt(entry.high)])),
      );
    }
    const { groups } = await admin.listGroups();
    const meshGroups = groups
      .map((group) => group.groupId)
      // The services' groups are their names; a gateway's is `gateway.<host>...`, and other runs' carry a prefix.
      .filter((id) => id.startsWith(prefix) && !id.slice(prefix.length).includes('.'));
    const lags: ConsumerLag[] = [];
    for (const group of meshGroups.sort()) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group, topics: [...ends.keys()] })) {
        const committed = partitions.filter((partition) => Number(partition.offset) >= 0);
        if (committed.length === 0) continue;
        const lag = committed.reduce((sum, partition) => {
          const end = ends.get(topic)?.get(partition.partition) ?? 0n;
          return sum + (end > BigInt(partition.offset) ? end - BigInt(partition.offset) : 0n);
        }, 0n);
        lags.push({ group: group.slice(prefix.length), topic: topic.slice(prefix.length), lag: Number(lag) });
      }
    }
    return lags;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.admin !== null) await (await this.admin).disconnect();
  }

  private connectedAdmin(): Promise<Admin> {
    if (this.admin === null) {
      const admin = createKafka({
        brokers: this.config.KAFKA_BROKERS,
        clientId: 'gateway-status',
        logger: this.logger,
      }).admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = null));
    }
    return this.admin;
  }

  private async serviceStatus(name: ServiceName, url: string): Promise<ServiceStatus> {
    const base = url.replace(/\/+$/, '');
    const [ready, metrics] = await Promise.all([fetchText(`${base}/ready`), fetchText(`${base}/metrics`)]);
    const outbox = metricSum(metrics.text, 'mesh_outbox_unsent_rows');
    return {
      name,
      ready: ready.status === 200,
      detail: ready.status === 0 ? { error: `${name} cannot be reached at ${base}` } : parseJson(ready.text),
      outboxUnsentRows: outbox,
      outboxLagSeconds: metricSum(metrics.text, 'mesh_outbox_lag_seconds'),
      // A counter shows no series before its first count: a service with an outbox has sent none.
      deadLetters: metricSum(metrics.text, 'mesh_messaging_dead_letters_total') ?? (outbox === null ? null : 0),
    };
  }
}

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

/** The sum of a Prometheus metric's series (those whose labels include `labels`); null when there is none. */
export function metricSum(exposition: string, name: string, labels: Record<string, string> = {}): number | null {
  let found = false;
  let sum = 0;
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) continue;
    found = true;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return found ? sum : null;
}
