import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, LOGGER, MetricsRegistry } from '@mesh/platform';
import type { Logger } from 'pino';
import { Gauge } from 'prom-client';
import type { SearchConfig } from '../config';
import { Indexer } from '../indexing/indexer';
import { productKey, sourceFingerprint } from '../indexing/product-document';
import { SignalsRepository, type ProductRefKey } from '../indexing/signals.repository';
import { ProductIndex } from '../opensearch/product-index';
import { RegistryClient } from '../registry/registry-client';

export interface DriftReport {
  /** Products whose document differs from the registry: missing, stale, or of a product the registry lacks. */
  drift: number;
  missing: number;
  stale: number;
  extra: number;
  /** Products compared. */
  checked: number;
  checkedAt: string;
}

/**
 * Compares the registry's products with the index and repairs what differs: missing and stale products are
 * queued for the indexer, documents of products the registry does not have are removed. It runs every
 * DRIFT_CHECK_INTERVAL_MS and on demand; `search_index_drift` is what the last check found.
 */
@Injectable()
export class DriftCheck implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DriftReport> | undefined;
  private readonly drift: Gauge;
  private readonly checkedAt: Gauge;

  constructor(
    private readonly registry: RegistryClient,
    private readonly index: ProductIndex,
    private readonly signals: SignalsRepository,
    private readonly indexer: Indexer,
    @Inject(CONFIG) private readonly config: SearchConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    metrics: MetricsRegistry,
  ) {
    this.drift = new Gauge({
      name: 'search_index_drift',
      help: 'Products whose indexed document differed from the registry at the last drift check',
      registers: [metrics.registry],
    });
    this.checkedAt = new Gauge({
      name: 'search_drift_check_timestamp_seconds',
      help: 'When the last drift check completed (Unix time), so that a stale drift figure can be told apart',
      registers: [metrics.registry],
    });
  }

  onApplicationBootstrap(): void {
    const interval = this.config.DRIFT_CHECK_INTERVAL_MS;
    if (interval === 0) return;
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.warn({ err: error }, 'drift check failed; tried again later'));
    }, interval);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One check at a time: a request during a check gets that check's report. */
  run(): Promise<DriftReport> {
    this.running ??= this.check().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async check(): Promise<DriftReport> {
    const indexed = new Map<string, string>();
    for await (const page of this.index.revisions()) {
      for (const entry of page) indexed.set(entry.key, entry.sourceFingerprint);
    }
    const missing: ProductRefKey[] = [];
    const stale: ProductRefKey[] = [];
    let checked = 0;
    let cursor: string | null = null;
    do {
      const page = await this.registry.listProducts(cursor);
      for (const product of page.items) {
        checked++;
        const key = productKey(product.domain, product.name);
        const fingerprint = indexed.get(key);
        indexed.delete(key);
        if (fingerprint === undefined) missing.push(product);
        else if (fingerprint !== sourceFingerprint(product)) stale.push(product);
      }
      cursor = page.nextCursor;
    } while (cursor !== null);
    const extra = [...indexed.keys()];
    const repair = [...missing, ...stale].map(({ domain, name }) => ({ domain, name }));
    await this.signals.queueNow(repair);
    if (repair.length > 0) this.indexer.wake();
    await this.index.write([], extra);
    const report = {
      drift: repair.length + extra.length,
      missing: missing.length,
      stale: stale.length,
      extra: extra.length,
      checked,
      checkedAt: new Date().toISOString(),
    };
    this.drift.set(report.drift);
    this.checkedAt.set(Date.now() / 1000);
    if (report.drift > 0) this.logger.info(report, 'drift check repaired the index');
    return report;
  }
}
