/** A Trino error, with Trino's error name (EXCEEDED_TIME_LIMIT, PERMISSION_DENIED, …). */
export class TrinoError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

export interface TrinoResult {
  columns: string[];
  rows: unknown[][];
}

interface StatementPage {
  nextUri?: string;
  columns?: { name: string }[];
  data?: unknown[][];
  error?: { errorName: string; message: string };
}

/**
 * Trino's client protocol (POST /v1/statement, then follow nextUri), as one principal: Trino's user is its name,
 * and its mesh token goes as the extra credential `token`, which Trino's Iceberg catalog (`session=USER`) hands to
 * the mesh's REST catalog with each of its requests. So the catalog checks this principal's rights, as for any client.
 */
export class TrinoClient {
  constructor(
    private readonly url: string,
    private readonly user: string,
    private readonly token: string | undefined,
  ) {}

  /** Runs one statement to its end; `maxRunMs` makes Trino stop it (EXCEEDED_TIME_LIMIT) past that time. */
  async query(sql: string, maxRunMs?: number): Promise<TrinoResult> {
    const headers: Record<string, string> = { 'X-Trino-User': this.user };
    if (this.token !== undefined) headers['X-Trino-Extra-Credential'] = `token=${encodeURIComponent(this.token)}`;
    if (maxRunMs !== undefined) headers['X-Trino-Session'] = `query_max_run_time=${Math.max(1, maxRunMs)}ms`;
    let page = await this.page(`${this.url}/v1/statement`, { method: 'POST', headers, body: sql });
    const result: TrinoResult = { columns: [], rows: [] };
    for (;;) {
      if (page.error !== undefined) throw new TrinoError(page.error.errorName, page.error.message);
      if (page.columns !== undefined) result.columns = page.columns.map((column) => column.name);
      if (page.data !== undefined) result.rows.push(...page.data);
      if (page.nextUri === undefined) return result;
      page = await this.page(page.nextUri, { headers: { 'X-Trino-User': this.user } });
    }
  }

  private async page(url: string, init: RequestInit): Promise<StatementPage> {
    const response = await fetch(url, init);
    if (!response.ok) throw new TrinoError('HTTP', `Trino answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as StatementPage;
  }
}
