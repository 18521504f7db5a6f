import type { DataSource } from 'typeorm';
import type { MessagingLogger } from '../logger';

/**
 * Keeps `processed_events` from growing forever. A row only matters while its event can still
 * be delivered again, which is bounded by the topics' retention (7 days in contracts/topics.json):
 * a group reset to the earliest offset replays at most that. So the default keeps rows as long.
 */
export const DEFAULT_PROCESSED_EVENT_RETENTION_MS = 7 * 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 3600 * 1000;
/** Small deletes keep each transaction short, so pruning never blocks the handlers' inserts for long. */
const ROWS_PER_DELETE = 5_000;

export async function pruneProcessedEvents(dataSource: DataSource, processedBefore: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const [, affected]: [unknown, number] = await dataSource.query(
      `DELETE FROM processed_events WHERE ctid IN (
         SELECT ctid FROM processed_events WHERE processed_at < $1 LIMIT $2)`,
      [processedBefore, ROWS_PER_DELETE],
    );
    total += affected;
    if (affected < ROWS_PER_DELETE) return total;
  }
}

/** Prunes at start and then hourly while consumers run. */
export class ProcessedEventsRetention {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly retentionMs: number,
    private readonly logger: MessagingLogger,
  ) {}

  start(): void {
    const prune = () => {
      pruneProcessedEvents(this.dataSource, new Date(Date.now() - this.retentionMs)).then(
        (deleted) => deleted > 0 && this.logger.info({ deleted }, 'pruned processed events'),
        (error: unknown) => this.logger.warn({ err: error }, 'pruning processed events failed; next try in an hour'),
      );
    };
    prune();
    this.timer = setInterval(prune, PRUNE_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
