import type { EventType, MeshEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What a handler gets besides the payload: `@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>`.
 */
export interface MeshEventContext<T extends EventType = EventType> {
  /** The event as published: its envelope (id, subject, correlation and causation ids, producer, time) and payload. */
  event: MeshEvent<T>;
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
