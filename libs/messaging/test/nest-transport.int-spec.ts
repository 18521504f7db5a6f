import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import { topicOf, type EventType } from '@mesh/contracts';
import { stack, uniqueName, eventually } from '@mesh/testing';
import type { Admin } from 'kafkajs';
import { register } from 'prom-client';
import {
  createKafka,
  MessagingError,
  NonRetryableError,
  type DeadLetterEvent,
  type MeshEventContext,
  type MessagingOptions,
} from '../src';
import { startConsumerApp } from './support/consumer-app';
import { schemaRegistry, useTestEnvironment } from './support/environment';
import { createPublicationsTable, PublicationLog } from './support/publication-log';
import { recorderFor } from './support/recorder';
import { sampleEvent } from './support/sample-events';

/** A handler that takes a while, so that shutdown can catch it in flight. */
@Controller()
class SlowAccessHandler {
  readonly started: string[] = [];
  readonly finished: string[] = [];

  @EventPattern('access.requested')
  async onRequested(@Ctx() { event }: MeshEventContext<'access.requested'>): Promise<void> {
    this.started.push(event.eventId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    this.finished.push(event.eventId);
  }
}

/** Refuses one alert for good, and records the others. */
@Controller()
class AlertGate {
  refused = '';
  readonly handled: string[] = [];

  @EventPattern('quality.alert.raised')
  async onRaised(@Ctx() { event }: MeshEventContext<'quality.alert.raised'>): Promise<void> {
    if (event.eventId === this.refused) throw new NonRetryableError('the alert names a rule that does not exist');
    this.handled.push(event.eventId);
  }
}

describe('MeshEventsServer: the consumer runner as a Nest transport', () => {
  const env = useTestEnvironment('nest');

  beforeAll(async () => {
    await createPublicationsTable(env.database.dataSource);
  });

  const options = (groupId: string, events: readonly EventType[]): MessagingOptions => ({
    kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-nest', logLevel: 'error' },
    schemaRegistry: schemaRegistry(),
    dataSource: env.database.dataSource,
    resolveTopic: env.topics.resolve,
    consumer: { groupId, events },
  });

  /** The values of a messaging metric for one consumer group, from the default registry the apps report to. */
  async function metric(name: string, groupId: string): Promise<number[]> {
    const found = await register.getSingleMetric(name)?.get();
    return (found?.values ?? []).filter(({ labels }) => labels.group === groupId).map(({ value }) => value);
  }

  async function withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-nest', logLevel: 'error' }).admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }

  it('runs @EventPattern handlers, and on shutdown lets the in-flight handler finish and commits its offset', async () => {
    const groupId = uniqueName('it-nest');
    const service = await startConsumerApp(options(groupId, ['access.requested']), [SlowAccessHandler]);
    const handler = service.app.get(SlowAccessHandler);
    const event = sampleEvent('access.requested', `urn:mesh:access:${env.topics.prefix}:1`);

    await service.messaging.publisher.publish(event);
    await eventually(
      () => handler.started.includes(event.eventId),
      () => 'the handler was not called',
    );
    await service.close();

    expect(handler.finished).toEqual([event.eventId]);
    await withAdmin(async (admin) => {
      const topic = env.topics.resolve(topicOf('access.requested'));
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const ends = await admin.fetchTopicOffsets(topic);
      const committedTotal = committed.partitions.reduce((sum, { offset }) => sum + Math.max(0, Number(offset)), 0);
      expect(committedTotal).toBe(ends.reduce((sum, { high }) => sum + Number(high), 0));
    });
  });

  it('applies each event once across a redelivery: a duplicate in the stream, and the topic again from the start', async () => {
    const groupId = uniqueName('it-nest-once');
    const subject = `urn:mesh:product:${env.topics.prefix}:once`;
    // One subject: one partition, so the last event applied means the ones before it were processed.
    const [first, second, last] = [1, 2, 3].map(() => sampleEvent('data.published', subject));
    const applied = async (): Promise<string[]> =>
      (
        await env.database.dataSource.query<{ event_id: string }[]>(
          'SELECT event_id FROM applied_publications ORDER BY id',
        )
      ).map((row) => row.event_id);

    const before = await startConsumerApp(options(groupId, ['data.published']), [PublicationLog]);
    try {
      await before.messaging.publisher.publishBatch([first, first, second]);
      await eventually(
        async () => (await applied()).includes(second.eventId),
        () => 'the second event was not applied',
      );
    } finally {
      await before.close();
    }
    await withAdmin((admin) =>
      admin.resetOffsets({ groupId, topic: env.topics.resolve(topicOf('data.published')), earliest: true }),
    );
    const after = await startConsumerApp(options(groupId, ['data.published']), [PublicationLog]);
    try {
      await after.messaging.publisher.publish(last);
      await eventually(
        async () => (await applied()).includes(last.eventId),
        () => 'the event published after the redelivery was not applied',
      );
    } finally {
      await after.close();
    }

    expect(await applied()).toEqual([first.eventId, second.eventId, last.eventId]);
    // The duplicate in the stream, then the three messages before `last` delivered again.
    expect(await metric('mesh_messaging_handled_total', groupId)).toEqual([3]);
    expect(await metric('mesh_messaging_duplicates_total', groupId)).toEqual([4]);
    expect(await metric('mesh_messaging_consumer_lag', groupId)).toContain(0);
  });

  it('sends a poison message to the dead-letter topic, with the error the handler threw, and goes on', async () => {
    const deadLetterHandlers = recorderFor(['deadletter.recorded']);
    const [service, operator] = await Promise.all([
      startConsumerApp(options(uniqueName('it-nest-poison'), ['quality.alert.raised']), [AlertGate]),
      startConsumerApp(options(uniqueName('it-nest-ops'), ['deadletter.recorded']), [deadLetterHandlers]),
    ]);
    const gate = service.app.get(AlertGate);
    const deadLetters = operator.app.get(deadLetterHandlers);
    const subject = `urn:mesh:product:${env.topics.prefix}:poison`;
    const [poison, next] = [1, 2].map(() => sampleEvent('quality.alert.raised', subject));
    gate.refused = poison.eventId;
    try {
      await service.messaging.publisher.publishBatch([poison, next]);
      await eventually(
        () => gate.handled.includes(next.eventId) && deadLetters.received.length === 1,
        () => `next handled: ${gate.handled.includes(next.eventId)}, dead letters: ${deadLetters.received.length}`,
      );
    } finally {
      await Promise.all([service.close(), operator.close()]);
    }

    const [{ event, payload }] = deadLetters.received;
    expect(payload).toEqual(event.payload);
    expect(event as DeadLetterEvent).toMatchObject({
      causationId: poison.eventId,
      payload: {
        originalTopic: env.topics.resolve(topicOf('quality.alert.raised')),
        attempts: 1,
        error: 'NonRetryableError: the alert names a rule that does not exist',
      },
    });
    expect(gate.handled).toEqual([next.eventId]);
  });

  it('refuses to start when a consumed event type has no handler, naming it', async () => {
    const failure = startConsumerApp(options('it-nest-unused', ['access.requested', 'access.revoked']), [
      SlowAccessHandler,
    ]);

    await expect(failure).rejects.toBeInstanceOf(MessagingError);
    await expect(failure).rejects.toMatchObject({
      code: 'missing-handler',
      message: expect.stringContaining(
        `consumer group 'it-nest-unused' subscribes to 'access.revoked' but no @EventPattern('access.revoked') handler exists`,
      ),
    });
  });
});
