import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { parseS3 } from '@mesh/storage';
import type { CatalogClient } from './catalog-client';
import { localPath } from './file-location';
import { IcebergError } from './table-metadata';
import { TaskLimit } from './task-limit';

/** The warehouse's files as local paths, which the Avro decoder and DuckDB read. */
export interface WarehouseFiles {
  /** `sizeBytes`, when the metadata gives it, lets a large file come in parallel parts and a short one be caught. */
  localPath(location: string, sizeBytes?: number): Promise<string>;
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
  /** Requests to the store at once, whole files or parts of one (8 by default). */
  concurrency?: number;
}

/** Files larger than this come in ranges of this size, fetched in parallel. */
const PART_BYTES = 8 * 2 ** 20;

/** Longest wait for one request's answer and body (a whole small file, or one part of a large one). */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Files of an S3 warehouse, fetched through the catalog's S3 signer with the quality service's own token, as any
 * reader's: the service holds no key to the store, and reads what a platform reader may read. DuckDB's httpfs would
 * need the keys (and a download of its own); the files are fetched into a local cache instead. Iceberg never rewrites
 * a file in place, so a location's content is its content forever and a cached copy never goes stale.
 *
 * A check fetches its snapshot's files before DuckDB reads them, so they come as fast as the store gives them: the
 * files at once, a large one in 8 MiB ranges, every body streamed to its place in the file, `concurrency` requests
 * at a time. One signature per file covers its ranges: the catalog signs a GET of the whole object, and `Range`
 * is sent unsigned.
 */
export class SignedS3Files implements WarehouseFiles {
  /** Location → cached path, oldest first. */
  private readonly cached = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();
  private readonly requests: TaskLimit;

  constructor(
    private readonly catalog: CatalogClient,
    private readonly options: SignedS3Options,
  ) {
    this.requests = new TaskLimit(options.concurrency ?? 8);
  }

  localPath(location: string, sizeBytes?: number): Promise<string> {
    if (!/^s3a?:\/\//.test(location)) return Promise.resolve(localPath(location));
    const cached = this.cached.get(location);
    if (cached !== undefined) return Promise.resolve(cached);
    let download = this.pending.get(location);
    if (download === undefined) {
      download = this.download(location, sizeBytes).finally(() => this.pending.delete(location));
      this.pending.set(location, download);
    }
    return download;
  }

  private async download(location: string, sizeBytes: number | undefined): Promise<string> {
    const object = parseS3(location);
    if (object === undefined || object.key === '') throw new IcebergError(`'${location}' names no S3 object`);
    const base = this.options.endpoint.href.replace(/\/+$/, '');
    const uri = `${base}/${object.bucket}/${object.key.split('/').map(encodeURIComponent).join('/')}`;
    const signed = await this.requests.run(() =>
      this.catalog.signS3({ region: this.options.region, uri, method: 'GET', headers: {} }),
    );
    const headers = Object.fromEntries(
      Object.entries(signed.headers)
        .filter(([name]) => name.toLowerCase() !== 'host')
        .map(([name, values]) => [name, values.join(',')]),
    );
    await mkdir(this.options.directory, { recursive: true });
    const path = join(
      this.options.directory,
      `${createHash('sha256').update(location).digest('hex')}${suffix(location)}`,
    );
    // Written aside and renamed: a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.part`;
    const file = await open(partial, 'w');
    try {
      const parts = sizeBytes === undefined || sizeBytes <= PART_BYTES ? [undefined] : ranges(sizeBytes);
      const written = await Promise.all(
        parts.map((range) => this.requests.run(() => fetchInto(file, signed.uri, headers, range, location))),
      );
      const total = written.reduce((sum, bytes) => sum + bytes, 0);
      if (sizeBytes !== undefined && total !== sizeBytes)
        throw new IcebergError(`reading ${location}: the store gave ${total} bytes, the metadata says ${sizeBytes}`);
    } catch (error) {
      await file.close();
      await rm(partial, { force: true });
      throw error;
    }
    await file.close();
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

interface Range {
  start: number;
  /** Inclusive, as HTTP's. */
  end: number;
}

function ranges(sizeBytes: number): Range[] {
  const parts: Range[] = [];
  for (let start = 0; start < sizeBytes; start += PART_BYTES)
    parts.push({ start, end: Math.min(start + PART_BYTES, sizeBytes) - 1 });
  return parts;
}

/** Fetches the object (or a range of it) and writes its body at its place in `file`; answers the bytes written. */
async function fetchInto(
  file: FileHandle,
  uri: string,
  headers: Record<string, string>,
  range: Range | undefined,
  location: string,
): Promise<number> {
  const response = await fetch(uri, {
    headers: range === undefined ? headers : { ...headers, Range: `bytes=${range.start}-${range.end}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  // A store that ignored the range would answer 200 with the whole object.
  if (response.status !== (range === undefined ? 200 : 206) || response.body === null)
    throw new IcebergError(`reading ${location}: the store answered ${response.status} ${await response.text()}`);
  let position = range?.start ?? 0;
  const body = response.body.getReader();
  for (let read = await body.read(); !read.done; read = await body.read()) {
    await file.write(read.value, 0, read.value.length, position);
    position += read.value.length;
  }
  return position - (range?.start ?? 0);
}

/** The file's extension (`.parquet`, `.avro`, `.json`): DuckDB picks its reader by it. */
function suffix(location: string): string {
  const match = /\.[A-Za-z0-9]{1,10}$/.exec(location);
  return match === null ? '' : match[0];
}
