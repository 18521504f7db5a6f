import { randomUUID } from 'node:crypto';
import { EventDecodeError, topicOf, type EventCodec, type MeshEvent } from '@mesh/contracts';
import type { Kafka } from 'kafkajs';
import { eventHeaders } from '../kafka/headers';
import { contractTopics, type TopicResolver } from '../kafka/topic-resolver';
import { silentLogger, type MessagingLogger } from '../logger';
import type { EventPublisher } from '../publishing/event-publisher';
import { DEAD_LETTER_TYPE, type DeadLetterEvent } from './dead-letter-event';
import { matchesReplayFilter, type ReplayFilter } from './replay-filter';

export interface ReplayOptions {
  resolveTopic?: TopicResolver;
  /** Count what would be replayed without publishing. */
  dryRun?: boolean;
  logger?: MessagingLogger;
}

export interface ReplayResult {
  /** Dead letters read (everything on the topic when the replay started). */
  scanned: number;
  matched: number;
  replayed: number;
}

/**
 * Re-publishes matching dead letters to their original topic with their original key and bytes,
 * so the consumer groups get them again (the groups that had handled them skip them as
 * duplicates). Reads the dead-letter topic up to where it ended when the replay started; dead
 * letters written meanwhile (a replayed message failing again) wait for the next replay.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  codec: EventCodec,
  publisher: EventPublisher,
  filter: ReplayFilter,
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  const logger = options.logger ?? silentLogger;
  const topic = (options.resolveTopic ?? contractTopics)(topicOf(DEAD_LETTER_TYPE));
  const ends = await endOffsets(kafka, topic);
  const result: ReplayResult = { scanned: 0, matched: 0, replayed: 0 };
  if (ends.size === 0) return result;

  // A throwaway group: kafkajs reads only through groups; nothing is committed and the group is deleted.
  const groupId = `mesh-replay-${randomUUID()}`;
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    retry: { retries: 3, restartOnFailure: async () => false },
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const remaining = new Set(ends.keys());
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = ends.get(partition);
            if (end === undefined || BigInt(message.offset) >= end) return;
            result.scanned += 1;
            const replayed = await replayOne(codec, publisher, message.value, filter, options.dryRun === true, logger);
            if (replayed) result.matched += 1;
            if (replayed && options.dryRun !== true) result.replayed += 1;
            if (BigInt(message.offset) === end - 1n) {
              remaining.delete(partition);
              if (remaining.size === 0) resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
    await deleteGroup(kafka, groupId, logger);
  }
  return result;
}

/** Returns whether the dead letter matched (and was published unless dry-running). */
async function replayOne(
  codec: EventCodec,
  publisher: EventPublisher,
  value: Buffer | null,
  filter: ReplayFilter,
  dryRun: boolean,
  logger: MessagingLogger,
): Promise<boolean> {
  const deadLetter = await decodeDeadLetter(codec, value, logger);
  if (deadLetter === undefined) return false;
  const original = await decodeIfFramed(codec, deadLetter.payload.value);
  if (!matchesReplayFilter(deadLetter, original?.eventId, filter)) return false;
  if (!dryRun) {
    const { originalTopic, key, value: bytes } = deadLetter.payload;
    await publisher.send([
      { topic: originalTopic, key, value: bytes, headers: original === undefined ? {} : eventHeaders(original) },
    ]);
  }
  return true;
}

async function decodeDeadLetter(
  codec: EventCodec,
  value: Buffer | null,
  logger: MessagingLogger,
): Promise<DeadLetterEvent | undefined> {
  const event = value === null ? undefined : await decodeIfFramed(codec, value);
  if (event?.type === DEAD_LETTER_TYPE) return event;
  logger.warn({ type: event?.type }, 'skipping a message on the dead-letter topic that is not a dead letter');
  return undefined;
}

/**
 * Undefined for bytes that can never decode; other failures (the schema registry unreachable)
 * fail the replay rather than silently skipping what should have matched.
 */
async function decodeIfFramed(codec: EventCodec, bytes: Buffer): Promise<MeshEvent | undefined> {
  try {
    return await codec.decode(bytes);
  } catch (error) {
    if (error instanceof EventDecodeError) return undefined;
    throw error;
  }
}

/** Partition → offset one past the last message, for the partitions that hold messages. */
async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(
      offsets
        .filter(({ high, low }) => BigInt(high) > BigInt(low))
        .map(({ partition, high }) => [partition, BigInt(high)]),
    );
  } finally {
    await admin.disconnect();
  }
}

async function deleteGroup(kafka: Kafka, groupId: string, logger: MessagingLogger): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups([groupId]);
  } catch (error) {
    logger.warn({ err: error, groupId }, 'could not delete the replay consumer group');
  } finally {
    await admin.disconnect();
  }
}
