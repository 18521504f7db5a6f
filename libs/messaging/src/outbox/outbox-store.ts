import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxBacklog } from '../metrics/messaging-metrics';
export interface ClaimedOutboxRow {
  id: string;
  key: string;
  /** The event as JSON text, for `eventFromJson`. */
  event: string;
  /** An older unsent row with the same key is outside the claimed set. */
  olderRowElsewhere: boolean;
}

/**
 * Locks the oldest unsent rows that no other relay holds (SKIP LOCKED lets relays share the
 * table without waiting on each other) and marks them sent in the same statement, saving a
 * round trip per batch; the mark only becomes true when the relay commits after publishing.
 * Rows whose key has an older unsent row outside the claimed set (locked by another relay) are
 * flagged; all parts of the statement see the table as it was before the update.
 */
const CLAIM_SQL = `
  WITH claimed AS (
    SELECT id, key, event FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
  ), marked AS (
    UPDATE outbox SET sent_at = now() FROM claimed WHERE outbox.id = claimed.id
  )
  SELECT c.id, c.key, c.event::text AS event,
    EXISTS (
      SELECT 1 FROM outbox o
      WHERE o.sent_at IS NULL AND o.key = c.key AND o.id < c.id AND o.id NOT IN (SELECT id FROM claimed)
    ) AS "olderRowElsewhere"
  FROM claimed c
  ORDER BY c.id`;

export const OutboxStore = {
  /** Claims up to `limit` rows for the calling transaction, already marked sent. */
  claim(manager: EntityManager, limit: number): Promise<ClaimedOutboxRow[]> {
    return manager.query(CLAIM_SQL, [limit]);
  },

  /** Unmarks claimed rows the relay holds back, so they stay for a later round. */
  async unclaim(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query('UPDATE outbox SET sent_at = NULL WHERE id = ANY($1::bigint[])', [ids]);
  },

  async backlog(dataSource: DataSource): Promise<OutboxBacklog> {
    const [row]: { unsent: number; age: number }[] = await dataSource.query(
      `SELECT count(*)::int AS unsent, COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(created_at)), 0)::float8 AS age
       FROM outbox WHERE sent_at IS NULL`,
    );
    return { unsent: row.unsent, oldestAgeSeconds: row.age };
  },

  /**
   * Deletes up to `limit` rows sent before the cutoff. Walking the primary key from the lowest id
   * finds them first: rows are sent roughly in id order.
   */
  async pruneSent(dataSource: DataSource, sentBefore: Date, limit: number): Promise<number> {
    const [, affected]: [unknown, number] = await dataSource.query(
      'DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE sent_at < $1 ORDER BY id LIMIT $2)',
      [sentBefore, limit],
    );
    return affected;
  },
};
