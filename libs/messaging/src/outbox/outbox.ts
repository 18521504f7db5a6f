import { topicOf, type MeshEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { eventToJson } from './event-json';

/**
 * The writing side of the transactional outbox. Call it with the EntityManager of the
 * transaction that stores the state change: the event exists exactly when the change does,
 * and the relay publishes it after commit.
 */
export const Outbox = {
  async add(manager: EntityManager, event: MeshEvent): Promise<void> {
    await Outbox.addAll(manager, [event]);
  },

  /** Several events in one statement; their ids, hence their publication order, follow the array. */
  async addAll(manager: EntityManager, events: readonly MeshEvent[]): Promise<void> {
    for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
      const chunk = events.slice(start, start + ROWS_PER_STATEMENT);
      const params = chunk.flatMap((event) => [topicOf(event.type), event.subject, event.type, eventToJson(event)]);
      const rows = chunk.map(
        (_event, index) => `($${index * 4 + 1}, $${index * 4 + 2}, $${index * 4 + 3}, $${index * 4 + 4}::jsonb)`,
      );
      await manager.query(`INSERT INTO outbox (topic, key, event_type, event) VALUES ${rows.join(', ')}`, params);
    }
  },
};

/** Postgres takes at most 65535 parameters per statement; four per row. */
const ROWS_PER_STATEMENT = 1000;
