import { EVENT_TYPES, type EventType, type MeshEvent } from '@mesh/contracts';
import { MessagingError, type MessagingErrorCode } from '../errors';
import type { MeshEventContext } from './event-context';

/** A consumer group and the event types it subscribes to; both are frozen wire names. */
export interface ConsumerSubscription {
  groupId: string;
  events: readonly EventType[];
}

export interface EventHandlerBinding {
  type: EventType;
  handle(event: MeshEvent, context: MeshEventContext): Promise<void>;
}

/** The one handler of each subscribed event type of one consumer group. */
export type GroupHandlers = ReadonlyMap<EventType, EventHandlerBinding>;

/** What a transport was given for one pattern. */
export interface RegisteredPattern<H> {
  handler: H;
  /** Handlers declared for the pattern: Nest chains a second `@EventPattern` of a pattern behind the first. */
  count: number;
  /** False for a `@MessagePattern`: events are never answered. */
  isEvent: boolean;
}

/**
 * Matches the subscription with the registered handlers and refuses to start on any mismatch: a
 * subscribed type with no handler would be silently acknowledged, one with two handlers would
 * apply an event twice, and a handler nobody subscribes to is dead code or a typo.
 */
export function resolveHandlers<H>(
  { groupId, events }: ConsumerSubscription,
  registered: ReadonlyMap<string, RegisteredPattern<H>>,
): Map<EventType, H> {
  const problems: { code: MessagingErrorCode; text: string }[] = [];
  const known = new Set<string>(EVENT_TYPES);
  const subscribed = new Set<string>(events);
  const resolved = new Map<EventType, H>();

  if (groupId.trim() === '') problems.push({ code: 'invalid-subscription', text: 'the consumer group id is empty' });
  if (events.length === 0)
    problems.push({ code: 'invalid-subscription', text: `consumer group '${groupId}' subscribes to no event type` });
  for (const type of subscribed) {
    const pattern = registered.get(type);
    if (!known.has(type)) {
      problems.push({
        code: 'invalid-subscription',
        text: `consumer group '${groupId}' subscribes to unknown event type '${type}'`,
      });
    } else if (pattern === undefined) {
      problems.push({
        code: 'missing-handler',
        text: `consumer group '${groupId}' subscribes to '${type}' but no @EventPattern('${type}') handler exists`,
      });
    } else if (pattern.count > 1) {
      problems.push({
        code: 'duplicate-handler',
        text: `consumer group '${groupId}' has ${pattern.count} @EventPattern('${type}') handlers`,
      });
    } else if (pattern.isEvent) {
      resolved.set(type as EventType, pattern.handler);
    }
  }
  for (const [pattern, { isEvent }] of registered) {
    if (!isEvent) {
      problems.push({
        code: 'invalid-subscription',
        text: `@MessagePattern('${pattern}') is request-response; mesh events are handled with @EventPattern`,
      });
    } else if (!known.has(pattern)) {
      problems.push({ code: 'invalid-subscription', text: `@EventPattern('${pattern}') is no event type` });
    } else if (!subscribed.has(pattern)) {
      problems.push({
        code: 'unsubscribed-handler',
        text: `@EventPattern('${pattern}') has a handler but consumer group '${groupId}' does not subscribe to it`,
      });
    }
  }

  if (problems.length > 0) {
    throw new MessagingError(
      problems[0].code,
      `event handlers do not match the subscription:\n- ${problems.map((problem) => problem.text).join('\n- ')}`,
    );
  }
  return resolved;
}
