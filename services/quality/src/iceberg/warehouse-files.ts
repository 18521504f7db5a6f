import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseS3 } from '@mesh/storage';
import type { CatalogClient } from './catalog-client';
import { localPath } from './file-location';
import { IcebergError } from './table-metadata';

/** The warehouse's files as local paths, which the Avro decoder and DuckDB read. */
export interface WarehouseFiles {
  localPath(location: string): Promise<string>;
}

/** A local warehouse only: `file:` URIs and absolute paths. */
export const LOCAL_FILES: WarehouseFiles = { localPath: (location) => Promise.resolve(localPath(location)) };

export interface SignedS3Options {
  /** The store (path-style addressing), AWS's regional endpoint when unset. */
  endpoint: URL;
  region: string;
  /** Where downloaded objects are kept. */
  directory: string;
  /** How many objects are kept; the oldest go first. */
  maxFiles: number;
}

/**
 * Files of an S3 warehouse, fetched through the catalog's S3 signer with the quality service's own token, as any
 * reader's: the service holds no key to the store, and reads what a platform reader may read. DuckDB's httpfs would
 * need the keys (and a download of its own); the files are fetched into a local cache instead. Iceberg never rewrites
 * a file in place, so a location's content is its content forever and a cached copy never goes stale.
 */
export class SignedS3Files implements WarehouseFiles {
  /** Location → cached path, oldest first. */
  private readonly cached = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(
    private readonly catalog: CatalogClient,
    private readonly options: SignedS3Options,
  ) {}

  localPath(location: string): Promise<string> {
    if (!/^s3a?:\/\//.test(location)) return Promise.resolve(localPath(location));
    const cached = this.cached.get(location);
    if (cached !== undefined) return Promise.resolve(cached);
    let download = this.pending.get(location);
    if (download === undefined) {
      download = this.download(location).finally(() => this.pending.delete(location));
      this.pending.set(location, download);
    }
    return download;
  }

  private async download(location: string): Promise<string> {
    const object = parseS3(location);
    if (object === undefined || object.key === '') throw new IcebergError(`'${location}' names no S3 object`);
    const base = this.options.endpoint.href.replace(/\/+$/, '');
    const uri = `${base}/${object.bucket}/${object.key.split('/').map(encodeURIComponent).join('/')}`;
    const signed = await this.catalog.signS3({ region: this.options.region, uri, method: 'GET', headers: {} });
    const headers = Object.fromEntries(
      Object.entries(signed.headers)
        .filter(([name]) => name.toLowerCase() !== 'host')
        .map(([name, values]) => [name, values.join(',')]),
    );
    const response = await fetch(signed.uri, { headers, signal: AbortSignal.timeout(60_000) });
    if (!response.ok)
      throw new IcebergError(`reading ${location}: the store answered ${response.status} ${await response.text()}`);
    await mkdir(this.options.directory, { recursive: true });
    const path = join(
      this.options.directory,
      `${createHash('sha256').update(location).digest('hex')}${suffix(location)}`,
    );
    // Written aside and renamed: a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.part`;
    await writeFile(partial, Buffer.from(await response.arrayBuffer()));
    await rename(partial, path);
    this.remember(location, path);
    return path;
  }

  private remember(location: string, path: string): void {
    this.cached.set(location, path);
    while (this.cached.size > this.options.maxFiles) {
      const [oldest, oldPath] = this.cached.entries().next().value as [string, string];
      this.cached.delete(oldest);
      void rm(oldPath, { force: true });
    }
  }
}

/** The file's extension (`.parquet`, `.avro`, `.json`): DuckDB picks its reader by it. */
function suffix(location: string): string {
  const match = /\.[A-Za-z0-9]{1,10}$/.exec(location);
  return match === null ? '' : match[0];
}
