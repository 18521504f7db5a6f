import type { ReadCoverage } from '../tables/table-access';

/** The table holding an object, and what a read of it by one principal needs; null for an object in no table. */
export type ObjectTable = { table: string; coverage: ReadCoverage } | null;

export interface ReadCoverageCacheOptions {
  /** How long an answer is kept at most. */
  ttlMs: number;
  /** Bound on answers kept, so that a client naming made-up directories cannot exhaust memory. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  answer: Promise<ObjectTable>;
  /** Infinity until the answer arrives: concurrent requests share the lookup. */
  expiresAt: number;
}

/**
 * What the S3 signer resolves for a read before it can judge it (the table holding the object, the product whose
 * port that table is, the caller's grant on it), kept per principal and object directory, since a client reading a
 * table asks for signatures of many objects in few directories, and every object of a directory lies in the same
 * table. Only what comes from the database is kept: the caller's roles are judged on every request.
 *
 * An answer is kept for `ttlMs` (the tokens' window), never past the expiry of the grant it found, and `clear()`
 * forgets every answer, and the lookups under way, on any change to tables, bindings or grants.
 */
export class ReadCoverageCache {
  private entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: ReadCoverageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The answer for an object of `directory` in `namespace`, from `resolve` when none is kept. */
  get(
    principal: string,
    namespace: string,
    directory: string,
    resolve: () => Promise<ObjectTable>,
  ): Promise<ObjectTable> {
    // Principal ids and namespace names hold no newline.
    const key = `${principal}\n${namespace}\n${directory}`;
    const entries = this.entries;
    const kept = entries.get(key);
    if (kept !== undefined && kept.expiresAt > this.now()) return kept.answer;
    entries.delete(key);
    this.makeRoom();
    const entry: Entry = { answer: resolve(), expiresAt: Number.POSITIVE_INFINITY };
    entries.set(key, entry);
    entry.answer.then(
      (found) => {
        const grantEnds = found?.coverage.grantedUntil?.getTime() ?? Number.POSITIVE_INFINITY;
        entry.expiresAt = Math.min(this.now() + this.options.ttlMs, grantEnds);
      },
      // A failure is the database's, not the caller's: the next request asks again.
      () => {
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    return entry.answer;
  }

  /**
   * Forgets everything. A lookup under way answers the requests that started it, which raced the change anyway,
   * but its answer is not kept: it went to the map this replaces.
   */
  clear(): void {
    this.entries = new Map();
  }

  private makeRoom(): void {
    if (this.entries.size < this.maxEntries) return;
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // Still full of live answers: drop the oldest, which a Map iterates first.
    while (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
