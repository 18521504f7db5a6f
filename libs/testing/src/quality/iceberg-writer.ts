import { pythonTool } from '../python-tools';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export type Row = Record<string, string | number | boolean | null>;

export type Operation = { append: Row[] } | { overwrite: Row[] } | { delete: string } | { add_files: string[] };

export interface WriteRequest {
  /** PyIceberg catalog properties: `{ type: 'rest', uri, token }`, or `{ type: 'sql', uri, warehouse }`. */
  catalog: Record<string, string>;
  table: string;
  fields: { name: string; type: 'string' | 'long' | 'int' | 'double' | 'boolean'; required?: boolean }[];
  operations: Operation[];
}

export interface Written {
  metadataLocation: string;
  snapshotId: string | null;
}

/** How PyIceberg is run against the mesh's catalog for a warehouse: which venv, catalog properties and environment. */
export interface PyIcebergRun {
  python: string;
  catalog: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

/**
 * On an S3 warehouse PyIceberg signs remotely: the S3 venv's PyIceberg (s3fs), accepting remote signing instead of
 * vended credentials, with botocore's checksums only where S3 requires them (S3Proxy refuses the default CRC32
 * header).
 */
export function pyicebergRun(storage: 'local' | 's3', catalog: Record<string, string>): PyIcebergRun {
  if (storage === 'local') return { python: pythonTool('python', 'venv'), catalog, env: process.env };
  return {
    python: pythonTool('python', 'venv-s3'),
    catalog: { ...catalog, 'header.X-Iceberg-Access-Delegation': 'remote-signing' },
    env: {
      ...process.env,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required',
      // PyIceberg's worker threads with s3fs and remote signing now and then send a request unsigned.
      PYICEBERG_MAX_WORKERS: '1',
    },
  };
}

/** Writes Iceberg snapshots with PyIceberg (iceberg_writer.py), the way a domain pipeline would. */
export function writeIceberg(request: WriteRequest, storage: 'local' | 's3' = 'local'): Written {
  const { python, catalog, env } = pyicebergRun(storage, request.catalog);
  const result = spawnSync(python, [resolve(__dirname, 'iceberg_writer.py')], {
    input: JSON.stringify({ ...request, catalog }),
    encoding: 'utf8',
    timeout: 120_000,
    env,
  });
  if (result.status !== 0) {
    throw new Error(
      `PyIceberg failed (${result.status ?? result.signal}): ${result.stderr}${result.error?.message ?? ''}`,
    );
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Written;
}
