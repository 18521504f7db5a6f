interface Pending<R> {
  records: readonly R[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Sends records in arrival order, merging the requests that arrive while a send is in flight
 * into the next one. The idempotent producer allows one request in flight per broker anyway,
 * so merging costs no latency and turns many small sends into few large ones under load.
 */
export class SendCoalescer<R> {
  private queue: Pending<R>[] = [];
  private draining = false;

  constructor(
    private readonly sendChunk: (records: readonly R[]) => Promise<void>,
    /** Bound on one request, so a record batch stays below the broker's message.max.bytes. */
    private readonly maxRecordsPerSend: number,
  ) {}

  send(records: readonly R[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        const records = batch.flatMap((pending) => pending.records);
        for (let start = 0; start < records.length; start += this.maxRecordsPerSend) {
          await this.sendChunk(records.slice(start, start + this.maxRecordsPerSend));
        }
        batch.forEach((pending) => pending.resolve());
      } catch (error) {
        batch.forEach((pending) => pending.reject(error));
      }
    }
    this.draining = false;
  }

  /** Whole requests only, so one caller's records never straddle a failure boundary. */
  private takeBatch(): Pending<R>[] {
    let count = 0;
    let taken = 0;
    while (
      taken < this.queue.length &&
      (taken === 0 || count + this.queue[taken].records.length <= this.maxRecordsPerSend)
    ) {
      count += this.queue[taken].records.length;
      taken += 1;
    }
    return this.queue.splice(0, taken);
  }
}
