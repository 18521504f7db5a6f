import {
  DeleteObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3';
import { posix } from 'node:path';

/** Where an S3-compatible store is and the keys to it (which only platform services hold). */
export interface S3Connection {
  /** Unset for AWS itself. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface S3Location {
  bucket: string;
  /** Normalised, without a leading or trailing slash; '' for the bucket itself. */
  key: string;
}

/**
 * A client of the store. An endpoint means an S3-compatible store, addressed by path. Checksums only where S3
 * requires them: S3-compatible stores (S3Proxy among them) refuse the SDK's default `x-amz-checksum-crc32` as not
 * implemented.
 */
export function s3Client(connection: S3Connection): S3Client {
  return new S3Client({
    region: connection.region,
    endpoint: connection.endpoint,
    forcePathStyle: connection.endpoint !== undefined,
    credentials: { accessKeyId: connection.accessKeyId, secretAccessKey: connection.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
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

/** How many deletes run at once: a purge of a large table must not take the store's every connection. */
const DELETE_CONCURRENCY = 16;

/**
 * Deletes every object under `<key>/`. One DeleteObject per object: DeleteObjects needs a checksum header
 * (Content-MD5 or x-amz-checksum-*) that the SDK now sends only in a form S3-compatible stores refuse.
 */
export async function deleteObjectsUnder(client: Pick<S3Client, 'send'>, { bucket, key }: S3Location): Promise<void> {
  const prefix = key === '' ? '' : `${key.replace(/\/+$/, '')}/`;
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    const keys = (page.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key]));
    for (let start = 0; start < keys.length; start += DELETE_CONCURRENCY) {
      await Promise.all(
        keys
          .slice(start, start + DELETE_CONCURRENCY)
          .map((Key) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key }))),
      );
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
}
