import type { MeshEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { deadLetterEvent, type DeadLetterEvent, type RawMessage } from '../dead-letters/dead-letter-event';
import { decideOnFailure, describeError, type DeadLetterReason } from '../dead-letters/failure-decision';
import { ConsumerStoppingError } from '../errors';
import type { ExecutionOutcome } from '../idempotency/idempotent-executor';
import type { MessagingLogger } from '../logger';
import type { MessagingMetrics } from '../metrics/messaging-metrics';
import type { MeshEventContext } from './event-context';
import type { EventHandlerBinding, GroupHandlers } from './handler-registry';
import type { RetryPolicy } from './retry-policy';

export type ProcessOutcome = 'handled' | 'duplicate' | 'not-subscribed' | 'dead-lettered';

/** Everything one message's processing talks to; injected so the policy is testable without Kafka or Postgres. */
export interface ProcessorDeps {
  groupId: string;
  /** Name written as `producer` into dead letters. */
  producer: string;
  handlers: GroupHandlers;
  retry: RetryPolicy;
  decode(bytes: Buffer): Promise<MeshEvent>;
  /** Runs the work once per event id for this group, in a transaction. */
  execute(eventId: string, work: (manager: EntityManager) => Promise<void>): Promise<ExecutionOutcome>;
  /** Marks the event ids processed in one transaction and runs the work with the ids that were new. */
  executeBatch(
    eventIds: readonly string[],
    work: (manager: EntityManager, fresh: ReadonlySet<string>) => Promise<void>,
  ): Promise<void>;
  deadLetter(event: DeadLetterEvent): Promise<void>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  metrics: MessagingMetrics;
  logger: MessagingLogger;
}

export interface Delivery {
  /** Keeps the group membership alive while a message is retried. */
  heartbeat(): Promise<void>;
  /** Aborted when the consumer stops: pending retries give up the message to the next owner. */
  stopping: AbortSignal;
}

/**
 * Decode → route by event type → handle, retrying with backoff → dead-letter. Never throws for a
 * bad message: the caller commits the offset after every outcome, so one poison message cannot
 * block its partition. It throws only when the dead letter itself cannot be written (Kafka is
 * down) or on shutdown; the message is then consumed again later.
 */
export class MessageProcessor {
  constructor(private readonly deps: ProcessorDeps) {}

  async process(message: RawMessage, delivery: Delivery): Promise<ProcessOutcome> {
    // Decoding is retried too: fetching an unknown schema from the registry can fail transiently.
    const decoded: { event?: MeshEvent } = {};
    for (let attempt = 1; ; attempt += 1) {
      try {
        decoded.event ??= await this.deps.decode(message.value);
        return await this.handle(decoded.event, message, attempt);
      } catch (error) {
        const decision = decideOnFailure(error, attempt, this.deps.retry);
        if (decision.action === 'dead-letter')
          return this.deadLetter(message, error, attempt, decision.reason, decoded.event);
        this.deps.metrics.retries.inc({ group: this.deps.groupId, topic: message.topic });
        this.deps.logger.warn(
          {
            err: error,
            group: this.deps.groupId,
            topic: message.topic,
            offset: message.offset,
            eventId: decoded.event?.eventId,
            attempt,
            retryInMs: decision.delayMs,
          },
          'message processing failed; retrying',
        );
        await this.deps.sleep(decision.delayMs, delivery.stopping);
        if (delivery.stopping.aborted) {
          throw new ConsumerStoppingError(
            `consumer group '${this.deps.groupId}' stopped while retrying ${message.topic}/${message.partition}@${message.offset}`,
          );
        }
        await delivery.heartbeat();
      }
    }
  }

  /**
   * The fast path for a run of messages of one partition: all handlers in one transaction, one
   * commit. Returns false, having changed nothing, when any message does not decode or any
   * handler fails; the caller then processes the messages one by one, with retries and dead
   * letters. Handlers run in partition order either way.
   */
  async tryBatch(messages: readonly RawMessage[]): Promise<boolean> {
    let events: MeshEvent[];
    try {
      events = await Promise.all(messages.map((message) => this.deps.decode(message.value)));
    } catch {
      return false;
    }
    const work = messages.flatMap((message, index) => {
      const handler = this.deps.handlers.get(events[index].type);
      return handler === undefined ? [] : [{ message, event: events[index], handler }];
    });
    if (work.length === 0) return true;
    const handled: MeshEvent[] = [];
    try {
      await this.deps.executeBatch(
        work.map(({ event }) => event.eventId),
        async (manager, fresh) => {
          // A relay that crashed and republished can put one event twice into the same run.
          const pending = new Set(fresh);
          for (const { message, event, handler } of work) {
            if (!pending.delete(event.eventId)) {
              this.countDuplicate();
              continue;
            }
            await this.runHandler(handler, this.context(message, event, manager, 1));
            handled.push(event);
          }
        },
      );
      handled.forEach((event) => this.countHandled(event));
      return true;
    } catch (error) {
      this.deps.logger.debug(
        { err: error, group: this.deps.groupId, messages: messages.length },
        'batch failed; processing its messages one by one',
      );
      return false;
    }
  }

  private async handle(event: MeshEvent, message: RawMessage, attempt: number): Promise<ProcessOutcome> {
    const handler = this.deps.handlers.get(event.type);
    // Topics carry several event types; the ones this group did not subscribe to are not its business.
    if (handler === undefined) return 'not-subscribed';
    const outcome = await this.deps.execute(event.eventId, (manager) =>
      this.runHandler(handler, this.context(message, event, manager, attempt)),
    );
    if (outcome === 'duplicate') {
      this.countDuplicate();
      return 'duplicate';
    }
    this.countHandled(event);
    return 'handled';
  }

  private context(message: RawMessage, event: MeshEvent, manager: EntityManager, attempt: number): MeshEventContext {
    return {
      event,
      manager,
      groupId: this.deps.groupId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      attempt,
    };
  }

  private async runHandler(handler: EventHandlerBinding, context: MeshEventContext): Promise<void> {
    const stopTimer = this.deps.metrics.handlerDuration.startTimer({
      group: this.deps.groupId,
      event_type: context.event.type,
    });
    try {
      await handler.handle(context.event, context);
      stopTimer({ outcome: 'ok' });
    } catch (error) {
      stopTimer({ outcome: 'error' });
      throw error;
    }
  }

  private countDuplicate(): void {
    this.deps.metrics.duplicates.inc({ group: this.deps.groupId });
  }

  /** Counted once the transaction committed: a handler call whose run rolled back handled nothing. */
  private countHandled(event: MeshEvent): void {
    this.deps.metrics.handled.inc({ group: this.deps.groupId, event_type: event.type });
  }

  private async deadLetter(
    message: RawMessage,
    error: unknown,
    attempts: number,
    reason: DeadLetterReason,
    event: MeshEvent | undefined,
  ): Promise<ProcessOutcome> {
    const text = describeError(error);
    await this.deps.deadLetter(
      deadLetterEvent(message, {
        groupId: this.deps.groupId,
        producer: this.deps.producer,
        error: text,
        attempts,
        event,
      }),
    );
    this.deps.metrics.deadLetters.inc({ group: this.deps.groupId, topic: message.topic, reason });
    this.deps.logger.error(
      {
        group: this.deps.groupId,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        eventId: event?.eventId,
        attempts,
        reason,
        error: text,
      },
      'message dead-lettered',
    );
    return 'dead-lettered';
  }
}
