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

/** Writes Iceberg snapshots with PyIceberg (iceberg_writer.py), the way a domain pipeline would. */
export function writeIceberg(request: WriteRequest): Written {
  const result = spawnSync(pythonTool('python'), [resolve(__dirname, 'iceberg_writer.py')], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `PyIceberg failed (${result.status ?? result.signal}): ${result.stderr}${result.error?.message ?? ''}`,
    );
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Written;
}
