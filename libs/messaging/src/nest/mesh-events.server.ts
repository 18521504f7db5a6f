import type { EventType, MeshEvent } from '@mesh/contracts';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Consumer } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import type { MeshEventContext } from '../consuming/event-context';
import type { EventConsumer } from '../consuming/event-consumer';
import { resolveHandlers, type GroupHandlers, type RegisteredPattern } from '../consuming/handler-registry';
import { MessagingError } from '../errors';
import type { Messaging } from '../messaging';

type ServerStatus = 'connected' | 'disconnected';

/**
 * Nest's transport for mesh events, on the messaging runner: Nest hands it the `@EventPattern`
 * handlers of every controller (the pattern is the event type); `listen` checks them against the
 * consumer group's subscription, refusing to start on a missing, duplicate or unsubscribed one,
 * and runs the group: Avro decoding, the handler inside the transaction that records the event
 * as processed, retries, dead letters, offsets. A handler gets `@Payload()`, the event's payload,
 * and `@Ctx()`, its MeshEventContext. Services connect it with `connectMeshEvents(app)`.
 */
export class MeshEventsServer extends Server<Record<string, never>, ServerStatus> implements CustomTransportStrategy {
  private consumer: EventConsumer | undefined;

  constructor(private readonly messaging: Messaging) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    this.consumer = undefined;
    await this.messaging.stopConsumer();
    this._status$.next('disconnected');
  }

  /** The runner reports through metrics, logs and /ready, not through server events. */
  on(): never {
    throw new MessagingError('invalid-options', 'MeshEventsServer emits no events; see its metrics and /ready');
  }

  /** The group's kafkajs consumer, once listening. */
  unwrap<T = Consumer>(): T {
    if (this.consumer === undefined) {
      throw new MessagingError('not-started', 'MeshEventsServer is not listening yet (startAllMicroservices)');
    }
    return this.consumer.client as T;
  }

  private async start(): Promise<void> {
    const subscription = this.messaging.subscription;
    if (subscription === undefined) {
      throw new MessagingError(
        'invalid-options',
        'MeshEventsServer needs a consumer group (MessagingOptions.consumer)',
      );
    }
    const registered = new Map<string, RegisteredPattern<MessageHandler>>(
      [...this.getHandlers()].map(([pattern, handler]) => [
        pattern,
        { handler, count: chainLength(handler), isEvent: handler.isEventHandler === true },
      ]),
    );
    const handlers: GroupHandlers = new Map(
      [...resolveHandlers(subscription, registered)].map(([type, handler]) => [
        type,
        { type, handle: (event, context) => invoke(handler, event, context) },
      ]),
    );
    this.consumer = await this.messaging.startConsumer(handlers);
    this._status$.next('connected');
  }
}

function chainLength(handler: MessageHandler): number {
  let count = 1;
  for (let next = handler.next as MessageHandler | undefined; next !== undefined; next = next.next) count += 1;
  return count;
}

/**
 * Calls a handler through Nest (pipes, guards, interceptors, filters), which answers with the
 * handler's value or an observable of it; the event is handled when that settles, and failed
 * when it errors.
 */
async function invoke(handler: MessageHandler, event: MeshEvent, context: MeshEventContext<EventType>): Promise<void> {
  const result: unknown = await handler(event.payload, context);
  if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
}
