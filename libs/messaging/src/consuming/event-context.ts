import type { EntityManager } from 'typeorm';

/** What a handler gets besides the event. */
export interface EventContext {
  /**
   * The transaction that also records the event as processed for this consumer group: write
   * through it, and a redelivered event has no second effect.
   */
  manager: EntityManager;
  groupId: string;
  topic: string;
  partition: number;
  offset: string;
  /** 1 on first delivery, higher while the message is being retried. */
  attempt: number;
}
