import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { deleteObjectsUnder, parseS3, type S3Location } from '@mesh/storage';
import type { Warehouse } from './warehouse';

export interface S3WarehouseOptions {
  /** `s3://bucket/prefix` */
  uri: string;
  client: Pick<S3Client, 'send'>;
  endpoint?: string;
  region: string;
  /** The catalog's own address, where clients send their requests to sign (`s3.signer.uri`). */
  signerUri: string;
}

/** The signer's route, relative to `s3.signer.uri`; the spec's and every client's default. */
export const SIGNER_ENDPOINT = 'v1/aws/s3/sign';

/** A warehouse in an S3-compatible bucket under a prefix; locations are `s3://bucket/key` URIs. */
export class S3Warehouse implements Warehouse {
  readonly root: string;
  readonly remoteSigning = true;
  readonly base: S3Location;

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

  async prepare(): Promise<void> {
    const Bucket = this.base.bucket;
    try {
      await this.options.client.send(new HeadBucketCommand({ Bucket }));
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== 404) throw error;
      await this.options.client.send(new CreateBucketCommand({ Bucket }));
    }
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
    await deleteObjectsUnder(this.options.client, this.require(location));
  }

  /**
   * Remote signing (the Iceberg REST spec's S3 signer): clients send each request to the store to the catalog to be
   * signed, and the catalog signs it only for objects of tables the caller may read or write. `s3.signer` and
   * `py-io-impl` are PyIceberg's names for the same (its FsspecFileIO is the one that signs remotely); Java's
   * S3FileIO reads `s3.remote-signing-enabled` and `s3.signer.uri`.
   */
  tableConfig(): Record<string, string> {
    return {
      'client.region': this.options.region,
      ...(this.options.endpoint === undefined
        ? {}
        : { 's3.endpoint': this.options.endpoint, 's3.path-style-access': 'true' }),
      's3.remote-signing-enabled': 'true',
      's3.signer.uri': this.options.signerUri,
      's3.signer.endpoint': SIGNER_ENDPOINT,
      's3.signer': 'S3V4RestSigner',
      'py-io-impl': 'pyiceberg.io.fsspec.FsspecFileIO',
    };
  }

  private require(location: string): S3Location {
    const parsed = parseS3(location);
    if (parsed === undefined || !this.contains(location)) throw new Error(`${location} is outside the warehouse`);
    return parsed;
  }
}
