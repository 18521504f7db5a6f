import { stack, uniqueName, eventually, type TestDatabase } from '@mesh/testing';
import { Messaging } from '../src';
import { createMessagingDatabase, createTestTopics, schemaRegistry, type TestTopics } from './support/environment';
import { recorderFor } from './support/recorder';
import { sampleEvent } from './support/sample-events';

describe('stopping a consumer while a message is being retried', () => {
  let topics: TestTopics;
  let database: TestDatabase;

  beforeAll(async () => {
    topics = await createTestTopics('shutdown');
    database = await createMessagingDatabase('shutdown');
  });

  afterAll(async () => {
    await database?.remove();
    await topics?.remove();
  });

  it('stops at once, leaves the message uncommitted, and the next start handles it', async () => {
    const groupId = uniqueName('it-shutdown');
    const service = () =>
      new Messaging({
        kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-shutdown', logLevel: 'error' },
        schemaRegistry: schemaRegistry(),
        dataSource: database.dataSource,
        resolveTopic: topics.resolve,
        retry: { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 30_000 },
        consumers: [{ groupId, events: ['lineage.impact.detected'] }],
      });
    const event = sampleEvent('lineage.impact.detected', `urn:mesh:product:${topics.prefix}:impact`);
    const failing = recorderFor(['lineage.impact.detected']);
    let attempts = 0;
    failing.behaviour = async () => {
      attempts += 1;
      throw new Error('downstream unavailable');
    };

    const first = service();
    await first.start([failing]);
    await first.publisher.publish(event);
    await eventually(
      () => attempts >= 1,
      () => 'the handler was not called',
    );
    const stopping = Date.now();
    await first.stop();
    const stopMs = Date.now() - stopping;

    const healthy = recorderFor(['lineage.impact.detected']);
    const second = service();
    await second.start([healthy]);
    try {
      await eventually(
        () => healthy.received.length === 1,
        () => 'the message was not redelivered after restart',
      );
    } finally {
      await second.stop();
    }
    expect(stopMs).toBeLessThan(5_000);
    expect(healthy.received[0].event.eventId).toBe(event.eventId);
  });
});
