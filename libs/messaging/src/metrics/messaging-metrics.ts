import { Counter, Gauge, Histogram, register as defaultRegistry, type Registry } from 'prom-client';

/** Backlog of the outbox as seen at scrape time. */
export interface OutboxBacklog {
  unsent: number;
  oldestAgeSeconds: number;
}

/**
 * The messaging metrics of one prom-client registry. A registry refuses a metric name twice, so
 * every publisher, consumer and relay of a process shares one instance: `MessagingMetrics.of()`.
 */
export class MessagingMetrics {
  private static readonly instances = new WeakMap<Registry, MessagingMetrics>();

  static of(registry: Registry = defaultRegistry): MessagingMetrics {
    let metrics = MessagingMetrics.instances.get(registry);
    if (metrics === undefined) {
      metrics = new MessagingMetrics(registry);
      MessagingMetrics.instances.set(registry, metrics);
    }
    return metrics;
  }

  readonly published: Counter<'topic'>;
  readonly outboxPublished: Counter;
  readonly deadLetters: Counter<'group' | 'topic' | 'reason'>;
  readonly handlerDuration: Histogram<'group' | 'event_type' | 'outcome'>;
  readonly duplicates: Counter<'group'>;
  readonly handled: Counter<'group' | 'event_type'>;
  readonly retries: Counter<'group' | 'topic'>;
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>;
  private backlogProbe: (() => Promise<OutboxBacklog>) | undefined;

  private constructor(registry: Registry) {
    const registers = [registry];
    this.published = new Counter({
      name: 'mesh_messaging_published_total',
      help: 'Events acknowledged by Kafka, per topic',
      labelNames: ['topic'],
      registers,
    });
    this.outboxPublished = new Counter({
      name: 'mesh_outbox_published_total',
      help: 'Outbox rows published and marked sent',
      registers,
    });
    this.deadLetters = new Counter({
      name: 'mesh_messaging_dead_letters_total',
      help: 'Messages a consumer group gave up on and sent to the dead-letter topic',
      labelNames: ['group', 'topic', 'reason'],
      registers,
    });
    this.handlerDuration = new Histogram({
      name: 'mesh_messaging_handler_duration_seconds',
      help: 'Time of one handler call (outcome ok or error)',
      labelNames: ['group', 'event_type', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.duplicates = new Counter({
      name: 'mesh_messaging_duplicates_total',
      help: 'Deliveries skipped because the consumer group had already processed the event',
      labelNames: ['group'],
      registers,
    });
    this.handled = new Counter({
      name: 'mesh_messaging_handled_total',
      help: 'Events whose handler ran and whose transaction committed, per consumer group and event type',
      labelNames: ['group', 'event_type'],
      registers,
    });
    this.retries = new Counter({
      name: 'mesh_messaging_retries_total',
      help: 'Messages given another attempt after their processing failed',
      labelNames: ['group', 'topic'],
      registers,
    });
    this.consumerLag = new Gauge({
      name: 'mesh_messaging_consumer_lag',
      help: "Messages of a partition after the consumer group's last processed one, as of its latest fetch",
      labelNames: ['group', 'topic', 'partition'],
      registers,
    });
    // Lag is read from the table at scrape time, so it keeps rising while the relay is stuck.
    const lag: Gauge = new Gauge({
      name: 'mesh_outbox_lag_seconds',
      help: 'Age of the oldest unsent outbox row (0 when none)',
      registers,
      collect: async () => {
        const backlog = await this.backlogProbe?.();
        if (backlog !== undefined) lag.set(backlog.oldestAgeSeconds);
      },
    });
    const unsent: Gauge = new Gauge({
      name: 'mesh_outbox_unsent_rows',
      help: 'Outbox rows not yet published',
      registers,
      collect: async () => {
        const backlog = await this.backlogProbe?.();
        if (backlog !== undefined) unsent.set(backlog.unsent);
      },
    });
  }

  /** The relay of this process reports its backlog through this probe. */
  watchOutbox(probe: (() => Promise<OutboxBacklog>) | undefined): void {
    this.backlogProbe = probe;
  }
}
