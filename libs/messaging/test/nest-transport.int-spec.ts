import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { topicOf, type MeshEvent } from '@mesh/contracts';
import { stack, uniqueName, eventually, type TestDatabase } from '@mesh/testing';
import { createKafka, EventPublisher, MessagingError, MessagingModule, OnEvent, type MessagingOptions } from '../src';
import { createMessagingDatabase, createTestTopics, schemaRegistry, type TestTopics } from './support/environment';
import { sampleEvent } from './support/sample-events';

/** A handler that takes a while, so that shutdown can catch it in flight. */
@Injectable()
class SlowAccessHandler {
  readonly started: string[] = [];
  readonly finished: string[] = [];

  @OnEvent('access.requested')
  async onRequested(event: MeshEvent<'access.requested'>): Promise<void> {
    this.started.push(event.eventId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    this.finished.push(event.eventId);
  }
}

describe('MessagingModule', () => {
  let topics: TestTopics;
  let database: TestDatabase;

  beforeAll(async () => {
    topics = await createTestTopics('nest');
    database = await createMessagingDatabase('nest');
  });

  afterAll(async () => {
    await database?.remove();
    await topics?.remove();
  });

  const options = (
    groupId: string,
    events: MessagingOptions['consumers'] = [{ groupId, events: ['access.requested'] }],
  ): MessagingOptions => ({
    kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-nest', logLevel: 'error' },
    schemaRegistry: schemaRegistry(),
    dataSource: database.dataSource,
    resolveTopic: topics.resolve,
    consumers: events,
  });

  it('discovers handlers among providers, and on shutdown lets the in-flight handler finish and commits its offset', async () => {
    const groupId = uniqueName('it-nest');
    const moduleRef = await Test.createTestingModule({
      imports: [MessagingModule.forRootAsync({ useFactory: async () => options(groupId) })],
      providers: [SlowAccessHandler],
    }).compile();
    await moduleRef.init();
    const handler = moduleRef.get(SlowAccessHandler);
    const event = sampleEvent('access.requested', `urn:mesh:access:${topics.prefix}:1`);

    await moduleRef.get(EventPublisher).publish(event);
    await eventually(
      () => handler.started.includes(event.eventId),
      () => 'the handler was not called',
    );
    await moduleRef.close();

    expect(handler.finished).toEqual([event.eventId]);
    const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-nest', logLevel: 'error' }).admin();
    await admin.connect();
    try {
      const topic = topics.resolve(topicOf('access.requested'));
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const ends = await admin.fetchTopicOffsets(topic);
      const committedTotal = committed.partitions.reduce((sum, { offset }) => sum + Math.max(0, Number(offset)), 0);
      expect(committedTotal).toBe(ends.reduce((sum, { high }) => sum + Number(high), 0));
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses to start when a subscribed event type has no handler', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        MessagingModule.forRoot(
          options('it-nest-unused', [{ groupId: 'it-nest-unused', events: ['access.requested', 'access.revoked'] }]),
        ),
      ],
      providers: [SlowAccessHandler],
    }).compile();

    const failure = moduleRef.init();

    await expect(failure).rejects.toBeInstanceOf(MessagingError);
    await expect(failure).rejects.toMatchObject({ code: 'missing-handler' });
  });
});
