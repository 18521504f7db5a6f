/** Whether an answer came from the cache, for the hit-rate metric. */
export type CacheOutcome = 'hit' | 'miss' | 'bypass';

export interface AnswerCacheOptions {
  /** How many answers are kept at most; the least recently used go first. */
  maxEntries: number;
  /**
   * How long an answer is served at most, although this instance saw no write: it bounds how stale an answer can
   * be when another instance (or a tool) changed the index. 0 turns the cache off.
   */
  ttlMs: number;
  /** The index's generation: it changes whenever this instance changed what the index holds. */
  generation: () => number;
  now?: () => number;
  onOutcome?: (outcome: CacheOutcome) => void;
}

interface Entry<T> {
  generation: number;
  startedAt: number;
  answer: Promise<T>;
}

/**
 * Answers to searches, kept until the index changes. Catalog traffic is dominated by a few searches (the landing
 * page's facets, popular terms), and each costs OpenSearch a query and a fetch phase of whole documents.
 *
 * An answer is kept under the index generation read before its query was sent, so an answer computed while a
 * write landed is stale at once rather than hiding the write. Answers still being computed are shared: many
 * clients asking the same at once cost one query. Failures are not kept.
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: AnswerCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.entries.size;
  }

  answer(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.options.ttlMs === 0) {
      this.options.onOutcome?.('bypass');
      return compute();
    }
    const generation = this.options.generation();
    const now = this.now();
    const kept = this.entries.get(key);
    if (kept !== undefined && kept.generation === generation && now - kept.startedAt < this.options.ttlMs) {
      // Map order is insertion order: moving the entry to the end keeps the least recently used first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      this.options.onOutcome?.('hit');
      return kept.answer;
    }
    this.options.onOutcome?.('miss');
    const entry: Entry<T> = { generation, startedAt: now, answer: compute() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.evict(generation, now);
    entry.answer.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.answer;
  }

  /**
   * Drops the least recently used answers while there are too many or they can no longer be served: answers are
   * large, and keeping dead ones until the cache is full would only give the garbage collector more to walk.
   */
  private evict(generation: number, now: number): void {
    for (const [key, entry] of this.entries) {
      const servable = entry.generation === generation && now - entry.startedAt < this.options.ttlMs;
      if (servable && this.entries.size <= this.options.maxEntries) return;
      this.entries.delete(key);
    }
  }
}
