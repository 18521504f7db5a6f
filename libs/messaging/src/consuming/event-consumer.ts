import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { topicOf } from '@mesh/contracts';
import type { RawMessage } from '../dead-letters/dead-letter-event';
import { ConsumerStoppingError } from '../errors';
import type { TopicResolver } from '../kafka/topic-resolver';
import type { MessagingLogger } from '../logger';
import type { MessagingMetrics } from '../metrics/messaging-metrics';
import type { GroupHandlers } from './handler-registry';
import type { MessageProcessor } from './message-processor';
import { OffsetTracker } from './offset-tracker';
import { backoffDelay, type BackoffSchedule } from '../util/backoff';
import { sleep } from '../util/sleep';

export interface ConsumerTuning {
  /**
   * Where a group without committed offsets starts. From the beginning by default: a new
   * group (a new service, or a new subscription) must not miss what was published before it.
   */
  fromBeginning?: boolean;
  /** Partitions processed in parallel; messages of one partition are always processed in order. */
  partitionsConsumedConcurrently?: number;
  /** Messages handled in one transaction at most; a larger run is split. */
  maxMessagesPerTransaction?: number;
  /** How often processed offsets are committed; on stop they are committed at once. */
  commitIntervalMs?: number;
  sessionTimeoutMs?: number;
}

/**
 * How long the broker waits for a silent member before it gives the member's partitions to the others. A member that
 * crashed (kill -9, an OOM kill) never says goodbye: its replacement's join, and every partition the dead member had,
 * wait this long. kafkajs's 30 s default made every crash cost half a minute (the chaos suite measured it); 10 s is
 * three missed heartbeats (kafkajs beats every 3 s) and still above the broker's 6 s minimum.
 */
const DEFAULT_SESSION_TIMEOUT_MS = 10_000;

/** Waits before starting a consumer kafkajs gave up on again: a broker that is still starting gets time. */
const CRASH_RESTART_BACKOFF: BackoffSchedule = { baseDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * One consumer group: subscribes to the topics of its handled event types and feeds each
 * partition's messages, in order, to the processor: runs of messages in one transaction while
 * all goes well, one by one (with retries and dead letters) when a run fails. A message counts
 * as processed once handled, skipped or dead-lettered; processed offsets are committed every
 * `commitIntervalMs` and when the consumer stops.
 */
export class EventConsumer {
  /** The kafkajs consumer, for those who need to reach under the runner (Nest's `unwrap`). */
  readonly client: Consumer;
  private readonly offsets = new OffsetTracker();
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = new AbortController();
  private running = false;
  private lastCommitAt = 0;
  private commit: Promise<void> | undefined;
  private crash: Error | undefined;
  private restarting = false;

  constructor(
    kafka: Kafka,
    readonly groupId: string,
    private readonly handlers: GroupHandlers,
    private readonly processor: MessageProcessor,
    private readonly resolveTopic: TopicResolver,
    private readonly metrics: MessagingMetrics,
    private readonly logger: MessagingLogger,
    private readonly tuning: ConsumerTuning = {},
  ) {
    this.client = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: tuning.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS,
    });
    this.client.on(this.client.events.GROUP_JOIN, ({ payload }) => this.offsets.retain(payload.memberAssignment));
    // kafkajs restarts a consumer after retriable errors by itself, but gives up for good on errors it deems final,
    // some of which a broker restart causes ("Failed to find group coordinator"): the consumer would then consume
    // nothing until the process restarts. This class starts it again, until it runs or the service stops.
    this.client.on(this.client.events.CRASH, ({ payload }) => {
      if (payload.restart) return;
      this.crash = payload.error;
      this.logger.error({ err: payload.error, group: this.groupId }, 'kafkajs gave the consumer up; starting it again');
      void this.restartAfterCrash();
    });
  }

  get topics(): string[] {
    return [...new Set([...this.handlers.keys()].map((type) => this.resolveTopic(topicOf(type))))];
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = new AbortController();
    this.crash = undefined;
    try {
      await this.client.connect();
      await this.client.subscribe({ topics: this.topics, fromBeginning: this.tuning.fromBeginning ?? true });
      await this.run();
    } catch (error) {
      await this.client.disconnect();
      throw error;
    }
    this.running = true;
    this.lastCommitAt = Date.now();
    this.logger.info({ group: this.groupId, topics: this.topics }, 'consumer started');
  }

  private run(): Promise<void> {
    return this.client.run({
      partitionsConsumedConcurrently: this.tuning.partitionsConsumedConcurrently ?? 3,
      // Offsets are resolved here, message by message or run by run, never for unprocessed
      // messages, and committed by this class rather than after every batch.
      eachBatchAutoResolve: false,
      autoCommit: false,
      eachBatch: (payload) => this.track(this.onBatch(payload)),
    });
  }

  /**
   * After kafkajs gave up (it has disconnected; the subscription stays): connects and runs again, waiting longer
   * after each failure. The group resumes from its committed offsets; events processed since are delivered again,
   * and the processed-events table keeps them from having a second effect.
   */
  private async restartAfterCrash(): Promise<void> {
    if (this.restarting) return;
    this.restarting = true;
    try {
      for (let failures = 1; ; failures += 1) {
        await sleep(backoffDelay(failures, CRASH_RESTART_BACKOFF), this.stopping.signal);
        // stop() wakes the wait: a consumer the service stopped meanwhile stays stopped.
        if (!this.running || this.crash === undefined) return;
        try {
          await this.client.connect();
          await this.run();
          this.crash = undefined;
          this.logger.info({ group: this.groupId }, 'consumer started again');
          return;
        } catch (error) {
          this.logger.warn({ err: error, group: this.groupId, failures }, 'consumer did not start again; retrying');
          await this.client.disconnect().catch(() => undefined);
        }
      }
    } finally {
      this.restarting = false;
    }
  }

  /** Lets the runs in flight finish, commits what was processed and leaves the group. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopping.abort();
    await Promise.allSettled([...this.inFlight]);
    // A commit still in flight took its offsets before the last runs finished: theirs need one more.
    await this.commit;
    await this.commitProcessed();
    await this.client.disconnect();
    this.logger.info({ group: this.groupId }, 'consumer stopped');
  }

  /** For readiness: throws when kafkajs gave the consumer up, after which it consumes nothing. */
  assertConsuming(): void {
    if (this.crash !== undefined) {
      throw new Error(`consumer group '${this.groupId}' stopped consuming: ${this.crash.message}`);
    }
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const size = this.tuning.maxMessagesPerTransaction ?? 100;
    const first = batch.messages.at(0);
    if (first !== undefined) this.recordLag(batch.topic, batch.partition, batch.highWatermark, first.offset);
    for (let start = 0; start < batch.messages.length; start += size) {
      // Stopping, or the partition was reassigned: leave the rest to whoever consumes next.
      if (this.stopping.signal.aborted || !isRunning() || isStale()) return;
      const run = batch.messages
        .slice(start, start + size)
        .map((message) => rawMessage(batch.topic, batch.partition, message));
      const processed = (await this.processor.tryBatch(run)) ? run : await this.processOneByOne(run, heartbeat);
      for (const message of processed) this.offsets.processed(message.topic, message.partition, message.offset);
      const last = processed.at(-1);
      if (last !== undefined) {
        // kafkajs fetches from the resolved offset on: resolving is what moves the partition on.
        resolveOffset(last.offset);
        this.recordLag(batch.topic, batch.partition, batch.highWatermark, (BigInt(last.offset) + 1n).toString());
      }
      if (processed.length < run.length) return;
      await heartbeat();
      // Not awaited: the round trip to the group coordinator stays off the partition's path (stop awaits it).
      if (Date.now() - this.lastCommitAt >= (this.tuning.commitIntervalMs ?? 1_000)) void this.commitProcessed();
    }
  }

  /** Lag as of the fetch: messages from `nextOffset` up to the partition's high watermark. */
  private recordLag(topic: string, partition: number, highWatermark: string, nextOffset: string): void {
    const lag = BigInt(highWatermark) - BigInt(nextOffset);
    this.metrics.consumerLag.set({ group: this.groupId, topic, partition }, Number(lag > 0n ? lag : 0n));
  }

  /** Processes until done or until the consumer stops mid-retry; returns the messages processed. */
  private async processOneByOne(run: readonly RawMessage[], heartbeat: () => Promise<void>): Promise<RawMessage[]> {
    const processed: RawMessage[] = [];
    for (const message of run) {
      try {
        await this.processor.process(message, { heartbeat, stopping: this.stopping.signal });
      } catch (error) {
        if (error instanceof ConsumerStoppingError) break;
        this.logger.error(
          {
            err: error,
            group: this.groupId,
            topic: message.topic,
            partition: message.partition,
            offset: message.offset,
          },
          'message left uncommitted; it will be consumed again',
        );
        throw error;
      }
      processed.push(message);
    }
    return processed;
  }

  /** One commit at a time; partitions finishing runs meanwhile are picked up by the next. */
  private commitProcessed(): Promise<void> {
    this.commit ??= (async () => {
      const offsets = this.offsets.take();
      this.lastCommitAt = Date.now();
      try {
        if (offsets.length > 0) await this.client.commitOffsets(offsets);
      } catch (error) {
        this.offsets.restore(offsets);
        this.logger.warn({ err: error, group: this.groupId }, 'offset commit failed; retrying with the next one');
      } finally {
        this.commit = undefined;
      }
    })();
    return this.commit;
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    return work.finally(() => this.inFlight.delete(work));
  }
}

function rawMessage(topic: string, partition: number, message: KafkaMessage): RawMessage {
  // A null value (tombstone) is not an event; it decodes as unframed bytes and is dead-lettered.
  return { topic, partition, offset: message.offset, key: message.key, value: message.value ?? Buffer.alloc(0) };
}
