import { JsonClient, UpstreamError } from '../http/json-client';
import type { CommitTableRequest, CreateTableRequest, LoadTableResult } from './iceberg-types';

/** What the table provisioner needs of an Iceberg REST catalog. */
export interface IcebergCatalog {
  /** Creates the namespace unless it exists. */
  ensureNamespace(namespace: string): Promise<void>;
  /** The table, or null when there is none. */
  loadTable(namespace: string, table: string): Promise<LoadTableResult | null>;
  /** Creates the table; null when a table of that name already exists. */
  createTable(namespace: string, request: CreateTableRequest): Promise<LoadTableResult | null>;
  commitTable(namespace: string, table: string, request: CommitTableRequest): Promise<LoadTableResult>;
  /** Drops the table, with its data files when `purge`; nothing when it does not exist. */
  dropTable(namespace: string, table: string, purge: boolean): Promise<void>;
}

/**
 * Client of the shared catalog through the standard Iceberg REST API (docs/specs/iceberg/iceberg-rest-catalog-open-api.yaml),
 * as any engine uses it: `GET /v1/config` first for the catalog's path prefix, then namespaces and tables under
 * `/v1/{prefix}`. Namespaces here are single-level (the domain), so a namespace's path part is its name.
 */
export class RestIcebergCatalog implements IcebergCatalog {
  private readonly http: JsonClient;
  private prefix: Promise<string> | undefined;

  constructor(baseUrl: string, token: string | undefined) {
    this.http = new JsonClient('catalog', baseUrl, token);
  }

  async ensureNamespace(namespace: string): Promise<void> {
    const path = await this.path('/namespaces');
    await this.http.request('POST', path, { body: { namespace: [namespace] }, accepted: [200, 409] });
  }

  async loadTable(namespace: string, table: string): Promise<LoadTableResult | null> {
    const reply = await this.http.request<LoadTableResult>('GET', await this.tablePath(namespace, table), {
      accepted: [200, 404],
    });
    return reply.status === 404 ? null : reply.body;
  }

  async createTable(namespace: string, request: CreateTableRequest): Promise<LoadTableResult | null> {
    const path = await this.path(`/namespaces/${encodeURIComponent(namespace)}/tables`);
    const reply = await this.http.request<LoadTableResult>('POST', path, { body: request, accepted: [200, 409] });
    return reply.status === 409 ? null : reply.body;
  }

  async commitTable(namespace: string, table: string, request: CommitTableRequest): Promise<LoadTableResult> {
    const reply = await this.http.request<LoadTableResult | null>('POST', await this.tablePath(namespace, table), {
      body: request,
      accepted: [200, 409],
    });
    // 409: the table changed since it was loaded (a requirement failed); loading it again and retrying is the cure.
    if (reply.status === 409 || reply.body === null) {
      throw new Error(`the commit to ${namespace}.${table} lost to a concurrent change; retrying`);
    }
    return reply.body;
  }

  async dropTable(namespace: string, table: string, purge: boolean): Promise<void> {
    const path = `${await this.tablePath(namespace, table)}?purgeRequested=${purge}`;
    await this.http.request('DELETE', path, { accepted: [200, 204, 404] });
  }

  private async tablePath(namespace: string, table: string): Promise<string> {
    return this.path(`/namespaces/${encodeURIComponent(namespace)}/tables/${encodeURIComponent(table)}`);
  }

  private async path(rest: string): Promise<string> {
    const prefix = await this.catalogPrefix();
    return `/v1${prefix === '' ? '' : `/${prefix}`}${rest}`;
  }

  /** The prefix the catalog asks clients to use; asked once, and again after a failed attempt. */
  private catalogPrefix(): Promise<string> {
    this.prefix ??= this.http
      .request<{ defaults?: Record<string, string>; overrides?: Record<string, string> }>('GET', '/v1/config')
      .then(({ body }) => body.overrides?.prefix ?? body.defaults?.prefix ?? '')
      .catch((error: unknown) => {
        this.prefix = undefined;
        throw error instanceof UpstreamError ? error : new UpstreamError('catalog', String(error), null);
      });
    return this.prefix;
  }
}
