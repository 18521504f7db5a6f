import type { DataSource } from 'typeorm';
import { backoffDelay, type BackoffSchedule } from '../util/backoff';
import { silentLogger, type MessagingLogger } from '../logger';
import { MessagingMetrics, type OutboxBacklog } from '../metrics/messaging-metrics';
import type { EventPublisher, OutgoingRecord } from '../publishing/event-publisher';
import { sleep } from '../util/sleep';
import { eventFromJson } from './event-json';
import { NotificationListener } from './notification-listener';
import { OUTBOX_CHANNEL } from './outbox-channel';
import { OutboxStore, type ClaimedOutboxRow } from './outbox-store';
import { partitionByKeyOrder } from './ordering';
import { Wakeup } from './wakeup';

export interface OutboxRelayOptions {
  /** Rows per round; one round is one produce request. */
  batchSize?: number;
  /** Fallback when a notification is missed (listener reconnecting) or rows are held by another relay. */
  pollIntervalMs?: number;
  /** Pause after a failed round (Kafka or Postgres unavailable), doubling while failures repeat. */
  failureDelay?: BackoffSchedule;
  /** Sent rows are kept this long for inspection, then deleted. */
  retainSentMs?: number;
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

const DEFAULTS = {
  batchSize: 500,
  pollIntervalMs: 1_000,
  failureDelay: { baseDelayMs: 100, maxDelayMs: 5_000 },
  retainSentMs: 3_600_000,
};
const PRUNE_EVERY_MS = 60_000;
const PRUNE_ROWS_PER_ROUND = 10_000;

/**
 * Publishes outbox rows in id order and marks them sent in the transaction that locked them: a
 * relay killed mid-round leaves its rows unsent and unlocked, and the next relay (or the same
 * one restarted) publishes them again. Delivery is at least once; consumers deduplicate on the
 * event id. Wakes on NOTIFY from the insert trigger and polls as a fallback.
 */
export class OutboxRelay {
  private readonly settings: typeof DEFAULTS;
  private readonly metrics: MessagingMetrics;
  private readonly logger: MessagingLogger;
  private readonly wakeup = new Wakeup();
  private readonly listener: NotificationListener;
  private stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private lastBacklog: OutboxBacklog = { unsent: 0, oldestAgeSeconds: 0 };
  private lastPruneAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    options: OutboxRelayOptions = {},
  ) {
    this.settings = {
      batchSize: options.batchSize ?? DEFAULTS.batchSize,
      pollIntervalMs: options.pollIntervalMs ?? DEFAULTS.pollIntervalMs,
      failureDelay: options.failureDelay ?? DEFAULTS.failureDelay,
      retainSentMs: options.retainSentMs ?? DEFAULTS.retainSentMs,
    };
    this.metrics = options.metrics ?? MessagingMetrics.of();
    this.logger = options.logger ?? silentLogger;
    this.listener = new NotificationListener(
      dataSource,
      OUTBOX_CHANNEL,
      () => this.wakeup.wake(),
      this.logger,
      this.settings.pollIntervalMs,
    );
  }

  async start(): Promise<void> {
    if (this.loop !== undefined) return;
    this.stopping = new AbortController();
    this.metrics.watchOutbox(() => this.backlog());
    await this.listener.start();
    this.loop = this.run();
  }

  /** Lets the current round finish (its rows end up sent and marked), then stops. */
  async stop(): Promise<void> {
    if (this.loop === undefined) return;
    this.stopping.abort();
    this.wakeup.wake();
    await this.loop;
    this.loop = undefined;
    this.metrics.watchOutbox(undefined);
    await this.listener.stop();
  }

  /** One round: claim (marking sent), publish, commit. Returns the number of rows published. */
  relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await OutboxStore.claim(manager, this.settings.batchSize);
      if (claimed.length === 0) return 0;
      const records = await this.prepare(claimed);
      const { publish, hold } = partitionByKeyOrder(
        claimed.map((row) => ({ id: row.id, key: row.key, blocked: row.olderRowElsewhere || !records.has(row.id) })),
      );
      if (hold.length > 0) {
        await OutboxStore.unclaim(
          manager,
          hold.map((row) => row.id),
        );
      }
      if (publish.length === 0) return 0;
      await this.publisher.send(publish.flatMap((row) => records.get(row.id) ?? []));
      this.metrics.outboxPublished.inc(publish.length);
      return publish.length;
    });
  }

  private async run(): Promise<void> {
    const { signal } = this.stopping;
    let failures = 0;
    while (!signal.aborted) {
      // Cleared before claiming: a notification for rows committed during this round triggers the next one.
      this.wakeup.reset();
      let published: number;
      try {
        published = await this.relayOnce();
        failures = 0;
        await this.pruneIfDue();
      } catch (error) {
        failures += 1;
        const delay = backoffDelay(failures, this.settings.failureDelay);
        this.logger.error({ err: error, failures, retryInMs: delay }, 'outbox relay round failed');
        await sleep(delay, signal);
        continue;
      }
      // A full batch means more rows are likely waiting: go again without sleeping.
      if (published < this.settings.batchSize) await this.wakeup.wait(this.settings.pollIntervalMs);
    }
  }

  /**
   * Encodes every claimed row. A row that cannot be encoded (a bug in its producer, or the schema
   * registry unreachable) stays unsent and holds back its key; the lag metric shows it.
   */
  private async prepare(rows: readonly ClaimedOutboxRow[]): Promise<Map<string, OutgoingRecord>> {
    const results = await Promise.allSettled(rows.map((row) => this.publisher.prepare(eventFromJson(row.event))));
    const records = new Map<string, OutgoingRecord>();
    const failed: { id: string; reason: unknown }[] = [];
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') records.set(rows[index].id, result.value);
      else failed.push({ id: rows[index].id, reason: result.reason });
    });
    if (failed.length > 0) {
      this.logger.error(
        { err: failed[0].reason, rowIds: failed.map((row) => row.id) },
        `${failed.length} outbox rows cannot be encoded and stay unsent`,
      );
    }
    return records;
  }

  private async pruneIfDue(): Promise<void> {
    if (Date.now() - this.lastPruneAt < PRUNE_EVERY_MS) return;
    this.lastPruneAt = Date.now();
    await OutboxStore.pruneSent(
      this.dataSource,
      new Date(Date.now() - this.settings.retainSentMs),
      PRUNE_ROWS_PER_ROUND,
    );
  }

  /** Scrape-time probe; a scrape while Postgres is down shows the last known backlog. */
  private async backlog(): Promise<OutboxBacklog> {
    try {
      this.lastBacklog = await OutboxStore.backlog(this.dataSource);
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox backlog unavailable for metrics');
    }
    return this.lastBacklog;
  }
}
