import type { DataSource, EntityManager } from 'typeorm';

export type ExecutionOutcome = 'applied' | 'duplicate';

/**
 * Runs handlers at most once per (consumer group, event id): the processed-event rows are
 * inserted first, in the handlers' transaction. A redelivery finds its row and skips; two
 * deliveries racing (during a rebalance) serialise on the primary key, and the loser skips.
 */
export class IdempotentExecutor {
  constructor(private readonly dataSource: DataSource) {}

  async runOnce(
    groupId: string,
    eventId: string,
    work: (manager: EntityManager) => Promise<void>,
  ): Promise<ExecutionOutcome> {
    let outcome: ExecutionOutcome = 'duplicate';
    await this.runBatch(groupId, [eventId], async (manager, fresh) => {
      if (!fresh.has(eventId)) return;
      await work(manager);
      outcome = 'applied';
    });
    return outcome;
  }

  /**
   * One transaction for several events: `work` gets the ids not processed before. All of it
   * commits or none, so a failure anywhere leaves every event of the batch to be processed again.
   */
  runBatch(
    groupId: string,
    eventIds: readonly string[],
    work: (manager: EntityManager, fresh: ReadonlySet<string>) => Promise<void>,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO processed_events (consumer_group, event_id) SELECT $1, unnest($2::text[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [groupId, eventIds],
      );
      await work(manager, new Set(inserted.map((row) => row.event_id)));
    });
  }
}
