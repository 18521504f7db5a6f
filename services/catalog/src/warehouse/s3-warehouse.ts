import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { posix } from 'node:path';
import type { StorageCredential, Warehouse } from './warehouse';

export interface S3WarehouseOptions {
  /** `s3://bucket/prefix` */
  uri: string;
  client: Pick<S3Client, 'send'>;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

interface S3Location {
  bucket: string;
  key: string;
}

/** A warehouse in an S3-compatible bucket under a prefix; locations are `s3://bucket/key` URIs. */
export class S3Warehouse implements Warehouse {
  readonly root: string;
  private readonly base: S3Location;

  constructor(private readonly options: S3WarehouseOptions) {
    const base = parseS3(options.uri);
    if (base === undefined) throw new Error(`${options.uri} is not an s3://bucket/prefix URI`);
    this.base = base;
    this.root = `s3://${base.bucket}${base.key === '' ? '' : `/${base.key}`}`;
  }

  contains(location: string, area = ''): boolean {
    const parsed = parseS3(location);
    if (parsed === undefined || parsed.bucket !== this.base.bucket) return false;
    const base = [this.base.key, area].filter((part) => part !== '').join('/');
    return base === '' || parsed.key === base || parsed.key.startsWith(`${base}/`);
  }

  async write(location: string, content: string): Promise<void> {
    const { bucket, key } = this.require(location);
    await this.options.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: content, ContentType: 'application/json' }),
    );
  }

  async read(location: string): Promise<string> {
    const { bucket, key } = this.require(location);
    const object = await this.options.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (object.Body === undefined) throw new Error(`${location} has no content`);
    return object.Body.transformToString('utf8');
  }

  async deleteUnder(location: string): Promise<void> {
    const { bucket, key } = this.require(location);
    const prefix = `${key.replace(/\/+$/, '')}/`;
    let token: string | undefined;
    do {
      const page = await this.options.client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [{ Key: object.Key }]));
      if (keys.length > 0)
        await this.options.client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }));
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }

  tableConfig(): Record<string, string> {
    return {
      'client.region': this.options.region,
      ...(this.options.endpoint === undefined
        ? {}
        : { 's3.endpoint': this.options.endpoint, 's3.path-style-access': 'true' }),
    };
  }

  credentials(location: string): StorageCredential[] {
    const { accessKeyId, secretAccessKey } = this.options;
    if (accessKeyId === undefined || secretAccessKey === undefined) return [];
    return [
      {
        prefix: location,
        config: { ...this.tableConfig(), 's3.access-key-id': accessKeyId, 's3.secret-access-key': secretAccessKey },
      },
    ];
  }

  private require(location: string): S3Location {
    const parsed = parseS3(location);
    if (parsed === undefined || !this.contains(location)) throw new Error(`${location} is outside the warehouse`);
    return parsed;
  }
}

/** Bucket and normalised key of an `s3://` (or `s3a://`) URI; undefined for another scheme or a `..` escape. */
export function parseS3(uri: string): S3Location | undefined {
  const match = /^s3a?:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (match === null) return undefined;
  const raw = match[2].replace(/\/+$/, '');
  if (raw === '') return { bucket: match[1], key: '' };
  const key = posix.normalize(raw);
  if (key.startsWith('..') || key.startsWith('/')) return undefined;
  return { bucket: match[1], key: key === '.' ? '' : key };
}
