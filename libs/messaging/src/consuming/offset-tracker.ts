import type { TopicPartitionOffset } from 'kafkajs';

/**
 * Offsets of processed messages not yet committed, as Kafka stores them: the next offset to
 * read, per partition. Committing every run costs a round trip to the group coordinator on the
 * partition's critical path; committing from here every so often does not, and a crash between
 * commits only redelivers events the processed-events table already knows.
 */
export class OffsetTracker {
  private readonly pending = new Map<string, TopicPartitionOffset>();
  /** The partitions this member owns since the latest rebalance; unknown before the first. */
  private assignment: Readonly<Record<string, readonly number[]>> | undefined;

  processed(topic: string, partition: number, offset: string): void {
    this.pending.set(key(topic, partition), { topic, partition, offset: (BigInt(offset) + 1n).toString() });
  }

  /**
   * Keeps only partitions this member still owns after a rebalance: committing a lost partition
   * could move its new owner's position backwards.
   */
  retain(assignment: Readonly<Record<string, readonly number[]>>): void {
    this.assignment = assignment;
    for (const [id, { topic, partition }] of this.pending) {
      if (!this.owns(topic, partition)) this.pending.delete(id);
    }
  }

  take(): TopicPartitionOffset[] {
    const offsets = [...this.pending.values()];
    this.pending.clear();
    return offsets;
  }

  /**
   * Puts back offsets whose commit failed, unless a later one was recorded meanwhile or the
   * partition was lost in a rebalance while the commit was in flight.
   */
  restore(offsets: readonly TopicPartitionOffset[]): void {
    for (const offset of offsets) {
      const id = key(offset.topic, offset.partition);
      if (!this.pending.has(id) && this.owns(offset.topic, offset.partition)) this.pending.set(id, offset);
    }
  }

  private owns(topic: string, partition: number): boolean {
    return this.assignment === undefined || (this.assignment[topic] ?? []).includes(partition);
  }
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}
