import type { DeadLetterEvent } from './dead-letter-event';

export interface ReplayFilter {
  /** Physical topic the messages were originally consumed from. */
  originalTopic: string;
  /** Dead-lettered at or after this time. */
  from?: Date;
  /** Dead-lettered before this time. */
  to?: Date;
  /** Only the message carrying this event (undecodable messages never match). */
  eventId?: string;
}

export function matchesReplayFilter(
  deadLetter: DeadLetterEvent,
  originalEventId: string | undefined,
  filter: ReplayFilter,
): boolean {
  return (
    deadLetter.payload.originalTopic === filter.originalTopic &&
    (filter.from === undefined || deadLetter.occurredAt >= filter.from.getTime()) &&
    (filter.to === undefined || deadLetter.occurredAt < filter.to.getTime()) &&
    (filter.eventId === undefined || originalEventId === filter.eventId)
  );
}
