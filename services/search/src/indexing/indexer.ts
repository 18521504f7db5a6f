import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, LOGGER, MetricsRegistry } from '@mesh/platform';
import type { Logger } from 'pino';
import { Counter, Gauge } from 'prom-client';
import type { SearchConfig } from '../config';
import { ProductIndex } from '../opensearch/product-index';
import { DocumentSource } from './document-source';
import { SignalsRepository } from './signals.repository';

/** How often the queue is looked at even without a wake-up: events handled by another instance, retries. */
const POLL_INTERVAL_MS = 250;
/**
 * A handler wakes the indexer before its transaction commits, so the queued product may not be visible yet: for
 * this long after a wake-up the queue is looked at every INDEX_FLUSH_INTERVAL_MS rather than every poll interval.
 */
const WAKE_WINDOW_MS = 1_000;

/**
 * Writes queued products to OpenSearch. Handlers queue products in Postgres, in the transaction that records
 * their event, and wake the indexer; it takes the oldest queued products in batches, builds their documents from
 * the registry and the signals, writes them with one bulk request, and only then removes them from the queue.
 * When OpenSearch or the registry fails, the batch stays queued and is tried again after a pause: nothing seen is
 * lost, whatever the length of the outage.
 */
@Injectable()
export class Indexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wakeRequested = false;
  private wokenAt = 0;
  /** When the scheduled round runs. */
  private dueAt = 0;
  /** After a failure, no round before this, however many wake-ups arrive: OpenSearch may be down. */
  private backoffUntil = 0;
  private stopped = false;
  private readonly indexed: Counter;
  private readonly failures: Counter;
  private readonly queued: Gauge;

  constructor(
    private readonly signals: SignalsRepository,
    private readonly documents: DocumentSource,
    private readonly index: ProductIndex,
    @Inject(CONFIG) private readonly config: SearchConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    metrics: MetricsRegistry,
  ) {
    this.indexed = new Counter({
      name: 'search_indexed_documents_total',
      help: 'Product documents written to OpenSearch',
      registers: [metrics.registry],
    });
    this.failures = new Counter({
      name: 'search_index_failures_total',
      help: 'Indexing batches that failed and stay queued for another attempt',
      registers: [metrics.registry],
    });
    this.queued = new Gauge({
      name: 'search_index_queue',
      help: 'Products waiting to be indexed, as of the last indexing round',
      registers: [metrics.registry],
    });
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Something was queued: index it after a short wait, so that changes arriving together share a request. */
  wake(): void {
    const now = Date.now();
    this.wokenAt = now;
    if (this.running !== undefined) {
      this.wakeRequested = true;
      return;
    }
    const at = Math.max(now + this.config.INDEX_FLUSH_INTERVAL_MS, this.backoffUntil);
    // A round due earlier stays: wake-ups in quick succession must not keep postponing it.
    if (this.timer !== undefined && this.dueAt <= at) return;
    this.schedule(at - now);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.dueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.drain().finally(() => {
        this.running = undefined;
      });
    }, delayMs);
  }

  /** Indexes queued products until none is left, or until a failure; then sleeps until woken or polled. */
  private async drain(): Promise<void> {
    let failed = false;
    try {
      for (;;) {
        this.wakeRequested = false;
        const batch = await this.signals.pending(this.config.INDEX_BATCH_SIZE);
        if (batch.length === 0) break;
        const { documents, missing, failed, failure } = await this.documents.build(batch);
        await this.index.write(documents, missing);
        const unread = new Set(failed);
        await this.signals.done(batch.filter((product) => !unread.has(product)));
        this.indexed.inc(documents.length);
        if (failed.length > 0) throw failure;
        if (this.stopped) break;
      }
      this.queued.set(0);
      this.backoffUntil = 0;
    } catch (error) {
      this.failures.inc();
      failed = true;
      this.backoffUntil = Date.now() + this.config.INDEX_RETRY_DELAY_MS;
      this.logger.warn({ err: error }, 'indexing failed; the products stay queued and are tried again');
      this.queued.set(await this.signals.pendingCount().catch(() => Number.NaN));
    }
    if (failed) this.schedule(this.config.INDEX_RETRY_DELAY_MS);
    else if (this.wakeRequested || Date.now() - this.wokenAt < WAKE_WINDOW_MS) {
      this.schedule(this.config.INDEX_FLUSH_INTERVAL_MS);
    } else this.schedule(POLL_INTERVAL_MS);
  }
}
