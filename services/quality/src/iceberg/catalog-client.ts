import { parseIcebergJson } from './iceberg-json';
import { IcebergError, parseTableMetadata, type TableMetadata } from './table-metadata';

const TIMEOUT_MS = 10_000;

/**
 * The reading side of an Iceberg REST catalog (docs/specs/iceberg/iceberg-rest-catalog-open-api.yaml) that the checks need:
 * the catalog's path prefix from /v1/config, then loadTable. The token is a service principal's.
 */
export class CatalogClient {
  private prefix: Promise<string> | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
  ) {}

  /** Loads a table's current metadata by its identifier, `namespace.table` (the address a provisioned port has). */
  async loadTable(identifier: string): Promise<TableMetadata> {
    const split = identifier.lastIndexOf('.');
    if (split <= 0) throw new IcebergError(`'${identifier}' is not a namespace.table identifier`);
    // Nested namespaces are joined by the unit separator in REST paths.
    const namespace = encodeURIComponent(identifier.slice(0, split).replaceAll('.', '\u001f'));
    const table = encodeURIComponent(identifier.slice(split + 1));
    const prefix = await this.pathPrefix();
    const body = (await this.get(`/v1/${prefix}namespaces/${namespace}/tables/${table}`)) as { metadata?: unknown };
    return parseTableMetadata(body.metadata);
  }

  /**
   * Has the catalog sign a request to the warehouse's store (the Iceberg S3 signer, remote signing): the answer's
   * headers open the object for this client, if its token may read the object's table.
   */
  async signS3(request: {
    region: string;
    uri: string;
    method: 'GET';
    headers: Record<string, string[]>;
  }): Promise<{ uri: string; headers: Record<string, string[]> }> {
    const response = await fetch(`${this.baseUrl.replace(/\/+$/, '')}/v1/aws/s3/sign`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok)
      throw new IcebergError(`the catalog did not sign GET ${request.uri}: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as { uri: string; headers: Record<string, string[]> };
  }

  private pathPrefix(): Promise<string> {
    this.prefix ??= this.get('/v1/config').then(
      (config) => {
        const prefix = (config as { overrides?: { prefix?: string } }).overrides?.prefix;
        return prefix === undefined || prefix === '' ? '' : `${encodeURIComponent(prefix)}/`;
      },
      (error: unknown) => {
        this.prefix = undefined;
        throw error;
      },
    );
    return this.prefix;
  }

  private async get(path: string): Promise<unknown> {
    const response = await fetch(`${this.baseUrl.replace(/\/+$/, '')}${path}`, {
      headers: { Accept: 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) throw new IcebergError(`catalog GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return parseIcebergJson(text);
  }
}
