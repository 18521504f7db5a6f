/** Which engine checks a snapshot, and why (logged with the check). */
export interface EngineChoice {
  engine: 'duckdb' | 'trino';
  reason: string;
}

/** When Trino checks instead of DuckDB (QUALITY_TRINO_* in the configuration). */
export interface TrinoPolicy {
  /** Whether a Trino is configured at all (TRINO_URL). */
  available: boolean;
  minRows: number;
  minBytes: number;
  /** Domains whose products are always checked on Trino. */
  domains: ReadonlySet<string>;
}

/**
 * DuckDB checks a snapshot in this process, after fetching its files (through the catalog's signer, into the cache):
 * quickest for what one machine holds. A snapshot at or past either threshold, or of a domain configured for it, is
 * checked on Trino instead, which reads the files where they are and spreads the scan over its workers. The size is
 * the snapshot summary's (total-records, total-files-size); a summary without them counts as small.
 */
export function chooseEngine(
  summary: Readonly<Record<string, string>> | undefined,
  domain: string,
  policy: TrinoPolicy,
): EngineChoice {
  if (!policy.available) return { engine: 'duckdb', reason: 'no Trino is configured' };
  if (policy.domains.has(domain)) return { engine: 'trino', reason: `domain ${domain} is checked on Trino` };
  const rows = Number(summary?.['total-records'] ?? 0);
  const bytes = Number(summary?.['total-files-size'] ?? 0);
  if (rows >= policy.minRows) return { engine: 'trino', reason: `${rows} rows ≥ ${policy.minRows}` };
  if (bytes >= policy.minBytes) return { engine: 'trino', reason: `${bytes} bytes ≥ ${policy.minBytes}` };
  return { engine: 'duckdb', reason: `${rows} rows and ${bytes} bytes are under Trino's thresholds` };
}
