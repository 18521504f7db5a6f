import type { S3Client } from '@aws-sdk/client-s3';
import { deleteObjectsUnder, parseS3, s3Client } from '@mesh/storage';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { meshHome } from './python-tools';
import { stack } from './stack';
import { uniqueName } from './unique';

/** The stack's S3 store (S3Proxy of `infra/local/stack`, or S3_ENDPOINT) and its keys, which only services hold. */
export interface S3Store {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  client: S3Client;
  /** The variables that put a catalog's warehouse in the store, under a prefix of its own in the test bucket. */
  warehouseEnv(label: string): Record<string, string>;
  /** Deletes every object under `s3://bucket/prefix`. */
  deleteUnder(uri: string): Promise<void>;
}

const TEST_BUCKET = 'mesh-test';

/** The store's key: S3_ACCESS_KEY_ID (…) when set, else what `infra/local/stack` made in $MESH_HOME/s3. */
function secret(variable: string, file: string): string {
  const given = process.env[variable];
  if (given !== undefined && given !== '') return given;
  const path = resolve(meshHome(), 's3', file);
  if (!existsSync(path))
    throw new Error(
      `tests of an S3 warehouse need the stack's S3 store: ${path} is missing and ${variable} is unset; ` +
        'start it with `infra/local/stack up s3` (or set S3_ENDPOINT and its keys)',
    );
  return readFileSync(path, 'utf8').trim();
}

export function s3Store(): S3Store {
  const endpoint = stack.s3Endpoint();
  const region = process.env.S3_REGION ?? 'us-east-1';
  const accessKeyId = secret('S3_ACCESS_KEY_ID', 'access-key-id');
  const secretAccessKey = secret('S3_SECRET_ACCESS_KEY', 'secret-access-key');
  const client = s3Client({ endpoint, region, accessKeyId, secretAccessKey });
  return {
    endpoint,
    region,
    accessKeyId,
    secretAccessKey,
    client,
    warehouseEnv: (label) => ({
      CATALOG_WAREHOUSE: `s3://${TEST_BUCKET}/${uniqueName(label)}`,
      S3_ENDPOINT: endpoint,
      S3_REGION: region,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    }),
    deleteUnder: async (uri) => {
      const location = parseS3(uri);
      if (location === undefined || location.key === '') throw new Error(`${uri} is not s3://bucket/prefix`);
      await deleteObjectsUnder(client, location);
    },
  };
}
