import { EVENT_TYPES, topicOf, type MeshEvent } from '@mesh/contracts';
import { stack, uniqueName, eventually } from '@mesh/testing';
import { ConfigResourceTypes } from 'kafkajs';
import { createKafka, HEADERS, Messaging, ensureTopics } from '../src';
import { schemaRegistry, useTestEnvironment } from './support/environment';
import { startConsumerApp } from './support/consumer-app';
import { recorderFor } from './support/recorder';
import { oneOfEachType } from './support/sample-events';

describe('publish → Kafka → consume, every event type', () => {
  const env = useTestEnvironment('roundtrip');

  it('ensureTopics is idempotent and restores retention and cleanup policy', async () => {
    const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-roundtrip', logLevel: 'error' }).admin();
    await admin.connect();
    try {
      const deadLetters = env.topics.resolve('mesh.deadletter.v1');
      await admin.alterConfigs({
        validateOnly: false,
        resources: [
          {
            type: ConfigResourceTypes.TOPIC,
            name: deadLetters,
            configEntries: [{ name: 'retention.ms', value: '1000' }],
          },
        ],
      });
      // KRaft applies a config change asynchronously: wait until the broker describes it.
      const retention = async () =>
        (
          await admin.describeConfigs({
            includeSynonyms: false,
            resources: [{ type: ConfigResourceTypes.TOPIC, name: deadLetters, configNames: ['retention.ms'] }],
          })
        ).resources[0].configEntries[0]?.configValue;
      for (let attempt = 0; attempt < 50 && (await retention()) !== '1000'; attempt++) {
        await new Promise((wait) => setTimeout(wait, 100));
      }

      const result = await ensureTopics(admin, { resolveTopic: env.topics.resolve });

      expect(result).toEqual({ created: [], reconfigured: [deadLetters], partitionDrift: [] });
      expect(await ensureTopics(admin, { resolveTopic: env.topics.resolve })).toEqual({
        created: [],
        reconfigured: [],
        partitionDrift: [],
      });
    } finally {
      await admin.disconnect();
    }
  });

  it('delivers each event type to its handler, decoded equal to what was published', async () => {
    const handlers = recorderFor(EVENT_TYPES);
    const service = await startConsumerApp(
      {
        kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-roundtrip', logLevel: 'error' },
        schemaRegistry: schemaRegistry(),
        dataSource: env.database.dataSource,
        resolveTopic: env.topics.resolve,
        consumer: { groupId: uniqueName('it-roundtrip'), events: EVENT_TYPES },
      },
      [handlers],
    );
    const recorder = service.app.get(handlers);
    const events = oneOfEachType(`urn:mesh:test:${env.topics.prefix}`);

    try {
      await service.messaging.publisher.publishBatch(events);
      await eventually(
        () => recorder.received.length >= events.length,
        () => `received ${recorder.received.length} of ${events.length}`,
      );
    } finally {
      await service.close();
    }

    expect(recorder.received).toHaveLength(events.length);
    const byId = new Map<string, MeshEvent>(recorder.received.map(({ event }) => [event.eventId, event]));
    for (const event of events) {
      expect(byId.get(event.eventId)).toEqual(event);
    }
    for (const { event, context } of recorder.received) {
      expect(context.topic).toBe(env.topics.resolve(topicOf(event.type)));
      expect(context.attempt).toBe(1);
    }
  });

  it('puts the subject in the key and the event type, id and correlation id in headers', async () => {
    const messaging = new Messaging({
      kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-roundtrip', logLevel: 'error' },
      schemaRegistry: schemaRegistry(),
      resolveTopic: env.topics.resolve,
    });
    const [event] = oneOfEachType(`urn:mesh:test:headers:${env.topics.prefix}`);
    const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-roundtrip-raw', logLevel: 'error' });
    const consumer = kafka.consumer({ groupId: uniqueName('it-roundtrip-raw') });
    const seen: { key: string; headers: Record<string, string> }[] = [];

    await messaging.start();
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [env.topics.resolve(topicOf(event.type))], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          );
          if (headers[HEADERS.eventId] === event.eventId) seen.push({ key: String(message.key), headers });
        },
      });
      await messaging.publisher.publish(event);
      await eventually(
        () => seen.length === 1,
        () => 'the published message was not consumed',
      );
    } finally {
      await consumer.disconnect();
      await messaging.stop();
    }

    expect(seen[0]).toEqual({
      key: event.subject,
      headers: {
        [HEADERS.eventType]: event.type,
        [HEADERS.eventId]: event.eventId,
        [HEADERS.correlationId]: event.correlationId,
      },
    });
  });
});
