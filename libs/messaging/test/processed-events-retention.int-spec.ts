import type { TestDatabase } from '@mesh/testing';
import { pruneProcessedEvents } from '../src';
import { createMessagingDatabase } from './support/shared-stack';

describe('processed-events retention', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createMessagingDatabase('retention');
  });
  afterAll(async () => {
    await database?.remove();
  });

  it('forgets only the event ids processed before the cutoff, in as many rounds as it takes', async () => {
    await database.dataSource.query(
      `INSERT INTO processed_events (consumer_group, event_id, processed_at)
       SELECT 'g', 'old-' || n, now() - interval '8 days' FROM generate_series(1, 12000) AS n`,
    );
    await database.dataSource.query(
      `INSERT INTO processed_events (consumer_group, event_id, processed_at)
       SELECT 'g', 'recent-' || n, now() - interval '1 day' FROM generate_series(1, 50) AS n`,
    );

    const deleted = await pruneProcessedEvents(database.dataSource, new Date(Date.now() - 7 * 24 * 3600 * 1000));

    expect(deleted).toBe(12000);
    const [{ count }] = await database.dataSource.query(
      `SELECT count(*)::int AS count FROM processed_events WHERE event_id LIKE 'recent-%'`,
    );
    expect(count).toBe(50);
    const [{ total }] = await database.dataSource.query('SELECT count(*)::int AS total FROM processed_events');
    expect(total).toBe(50);
  });

  it('finds old rows through an index on processed_at', async () => {
    const indexes: { indexname: string }[] = await database.dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'processed_events' AND schemaname = $1`,
      [database.schema],
    );
    expect(indexes.map((index) => index.indexname)).toContain('processed_events_age_idx');
  });
});
