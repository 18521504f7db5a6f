import { EVENT_TYPES, type EventType, type MeshEvent } from '@mesh/contracts';
import { MessagingError, type MessagingErrorCode } from '../errors';
import type { EventContext } from './event-context';
import { declaredHandlers } from './on-event.decorator';

/** A consumer group and the event types it subscribes to; both are frozen wire names. */
export interface ConsumerSubscription {
  groupId: string;
  events: readonly EventType[];
}

export interface EventHandlerBinding {
  type: EventType;
  group: string | undefined;
  /** `Class.method`, for error messages and logs. */
  name: string;
  handle(event: MeshEvent, context: EventContext): Promise<void>;
}

/** The one handler of each subscribed event type of one consumer group. */
export type GroupHandlers = ReadonlyMap<EventType, EventHandlerBinding>;

export function bindHandlers(instances: readonly object[]): EventHandlerBinding[] {
  return instances.flatMap((instance) =>
    declaredHandlers(instance).map((declaration) => {
      const method = (instance as Record<string | symbol, unknown>)[declaration.method];
      if (typeof method !== 'function') {
        throw new MessagingError(
          'invalid-subscription',
          `@OnEvent('${declaration.type}') is on ${String(declaration.method)}, which is not a method`,
        );
      }
      return {
        type: declaration.type,
        group: declaration.group,
        name: `${instance.constructor.name}.${String(declaration.method)}`,
        handle: async (event: MeshEvent, context: EventContext) => {
          await method.call(instance, event, context);
        },
      };
    }),
  );
}

/**
 * Matches subscriptions with handlers and refuses to start on any mismatch: a subscribed type
 * with no handler would be silently acknowledged, one with two handlers would apply an event
 * twice or arbitrarily once, and a handler nobody subscribes to is dead code or a typo.
 */
export function resolveHandlers(
  subscriptions: readonly ConsumerSubscription[],
  bindings: readonly EventHandlerBinding[],
): Map<string, GroupHandlers> {
  const problems: { code: MessagingErrorCode; text: string }[] = [];
  const known = new Set<string>(EVENT_TYPES);
  const groups = new Set<string>();
  const used = new Set<EventHandlerBinding>();
  const resolved = new Map<string, GroupHandlers>();

  for (const binding of bindings) {
    if (!known.has(binding.type))
      problems.push({
        code: 'invalid-subscription',
        text: `${binding.name} handles unknown event type '${binding.type}'`,
      });
  }
  for (const { groupId, events } of subscriptions) {
    if (groupId.trim() === '') problems.push({ code: 'invalid-subscription', text: 'a consumer group id is empty' });
    if (groups.has(groupId))
      problems.push({ code: 'invalid-subscription', text: `consumer group '${groupId}' is configured twice` });
    groups.add(groupId);
    if (events.length === 0)
      problems.push({ code: 'invalid-subscription', text: `consumer group '${groupId}' subscribes to no event type` });

    const handlers = new Map<EventType, EventHandlerBinding>();
    for (const type of new Set(events)) {
      if (!known.has(type)) {
        problems.push({
          code: 'invalid-subscription',
          text: `consumer group '${groupId}' subscribes to unknown event type '${type}'`,
        });
        continue;
      }
      const candidates = bindings.filter(
        (binding) => binding.type === type && (binding.group === undefined || binding.group === groupId),
      );
      candidates.forEach((binding) => used.add(binding));
      if (candidates.length === 0) {
        problems.push({
          code: 'missing-handler',
          text: `consumer group '${groupId}' subscribes to '${type}' but no @OnEvent('${type}') handler exists`,
        });
      } else if (candidates.length > 1) {
        problems.push({
          code: 'duplicate-handler',
          text: `consumer group '${groupId}' has ${candidates.length} handlers for '${type}': ${candidates.map((binding) => binding.name).join(', ')}`,
        });
      } else {
        handlers.set(type, candidates[0]);
      }
    }
    resolved.set(groupId, handlers);
  }
  for (const binding of bindings) {
    if (!used.has(binding) && known.has(binding.type)) {
      const nobody =
        binding.group === undefined
          ? 'no consumer group subscribes to it'
          : `consumer group '${binding.group}' does not subscribe to it`;
      problems.push({ code: 'unsubscribed-handler', text: `${binding.name} handles '${binding.type}' but ${nobody}` });
    }
  }

  if (problems.length > 0) {
    throw new MessagingError(
      problems[0].code,
      `event handlers do not match subscriptions:\n- ${problems.map((problem) => problem.text).join('\n- ')}`,
    );
  }
  return resolved;
}
