import { z } from 'zod';
import { parseIcebergJson } from './iceberg-json';

/** A 64-bit id, as parseIcebergJson leaves it (a string when large) or as JSON had it (a smaller number). */
const id = z.union([z.string(), z.number()]).transform(String);

const snapshotSchema = z.object({
  'snapshot-id': id,
  'timestamp-ms': z.number(),
  'manifest-list': z.string(),
  // total-records and total-files-size: how large the table is at this snapshot (which engine checks it).
  summary: z.record(z.string()).optional(),
});

/** The parts of an Iceberg table's metadata file (spec v1-v3) that the checks use. */
const metadataSchema = z.object({
  'format-version': z.number().int(),
  location: z.string(),
  'current-snapshot-id': id.nullable().optional(),
  snapshots: z.array(snapshotSchema).default([]),
});

export type TableMetadata = z.infer<typeof metadataSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;

export class IcebergError extends Error {
  override name = 'IcebergError';
}

export function parseTableMetadata(value: unknown): TableMetadata {
  const parsed = metadataSchema.safeParse(typeof value === 'string' ? parseIcebergJson(value) : value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IcebergError(`not Iceberg table metadata: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The snapshot to check: the one an event names, or else the current one; null for a table that has no data yet.
 * An event naming a snapshot that the metadata does not know is an error, not a reason to check another one.
 */
export function snapshotOf(metadata: TableMetadata, snapshotId: string | null): Snapshot | null {
  const wanted = snapshotId ?? metadata['current-snapshot-id'] ?? null;
  if (wanted === null || wanted === '-1') return null;
  const found = metadata.snapshots.find((snapshot) => snapshot['snapshot-id'] === wanted);
  if (found === undefined) throw new IcebergError(`the table metadata has no snapshot ${wanted}`);
  return found;
}
