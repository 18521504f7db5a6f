import { stack, uniqueName, eventually } from '@mesh/testing';
import type { MessagingOptions } from '../src';
import { startConsumerApp } from './support/consumer-app';
import { schemaRegistry, useTestEnvironment } from './support/environment';
import { recorderFor } from './support/recorder';
import { sampleEvent } from './support/sample-events';

describe('stopping a consumer while a message is being retried', () => {
  const env = useTestEnvironment('shutdown');

  it('stops at once, leaves the message uncommitted, and the next start handles it', async () => {
    const groupId = uniqueName('it-shutdown');
    const options: MessagingOptions = {
      kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-shutdown', logLevel: 'error' },
      schemaRegistry: schemaRegistry(),
      dataSource: env.database.dataSource,
      resolveTopic: env.topics.resolve,
      retry: { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 30_000 },
      consumer: { groupId, events: ['lineage.impact.detected'] },
    };
    const event = sampleEvent('lineage.impact.detected', `urn:mesh:product:${env.topics.prefix}:impact`);
    const handlers = recorderFor(['lineage.impact.detected']);
    const first = await startConsumerApp(options, [handlers]);
    let attempts = 0;
    first.app.get(handlers).behaviour = async () => {
      attempts += 1;
      throw new Error('downstream unavailable');
    };

    await first.messaging.publisher.publish(event);
    await eventually(
      () => attempts >= 1,
      () => 'the handler was not called',
    );
    const stopping = Date.now();
    await first.close();
    const stopMs = Date.now() - stopping;

    const second = await startConsumerApp(options, [handlers]);
    const healthy = second.app.get(handlers);
    try {
      await eventually(
        () => healthy.received.length === 1,
        () => 'the message was not redelivered after restart',
      );
    } finally {
      await second.close();
    }
    expect(stopMs).toBeLessThan(5_000);
    expect(healthy.received[0].event.eventId).toBe(event.eventId);
  });
});
