import type { ProductVersionRef } from '@mesh/contracts';

/** A check of one published snapshot; JSON in Redis, so only plain values. */
export interface CheckJob {
  product: ProductVersionRef;
  port: string;
  snapshotId: string;
  /** When the snapshot was committed (epoch ms): of two checks of a port, the later snapshot decides its alerts. */
  committedAt: number;
  /** The table's catalog identifier (namespace.table) and metadata file, when the event says (catalog commits). */
  table: string | null;
  metadataLocation: string | null;
  /** The data-published event: the run's cause, its idempotency key and the correlation of what it emits. */
  cause: { eventId: string; correlationId: string | null };
}
