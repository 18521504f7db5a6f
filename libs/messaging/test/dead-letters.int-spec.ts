import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { topicOf, type MeshEvent } from '@mesh/contracts';
import { stack, uniqueName, eventually } from '@mesh/testing';
import type { DeadLetterEvent } from '../src';
import { startConsumerApp, type ConsumerApp } from './support/consumer-app';
import { schemaRegistry, schemaRegistryUrl, useTestEnvironment } from './support/environment';
import { recorderFor, type Recorder } from './support/recorder';
import { sampleEvent } from './support/sample-events';

const REPO = resolve(__dirname, '../../..');
const MAX_ATTEMPTS = 3;

describe('poison messages', () => {
  let service: ConsumerApp;
  let handlers: Recorder;
  let operator: ConsumerApp;
  let deadLetters: Recorder;
  const env = useTestEnvironment('poison', {
    closeFirst: () => Promise.all([service?.close(), operator?.close()]),
  });

  beforeAll(async () => {
    const kafka = { brokers: stack.kafkaBrokers(), clientId: 'it-poison', logLevel: 'error' } as const;
    const serviceHandlers = recorderFor(['quality.alert.raised']);
    // Operators watch the dead-letter topic like any other: it carries ordinary events.
    const operatorHandlers = recorderFor(['deadletter.recorded']);
    [service, operator] = await Promise.all([
      startConsumerApp(
        {
          kafka,
          serviceName: 'quality',
          schemaRegistry: schemaRegistry(),
          dataSource: env.database.dataSource,
          resolveTopic: env.topics.resolve,
          retry: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 10, maxDelayMs: 50 },
          consumer: { groupId: uniqueName('it-poison-quality'), events: ['quality.alert.raised'] },
        },
        [serviceHandlers],
      ),
      startConsumerApp(
        {
          kafka,
          schemaRegistry: schemaRegistry(),
          dataSource: env.database.dataSource,
          resolveTopic: env.topics.resolve,
          consumer: { groupId: uniqueName('it-poison-ops'), events: ['deadletter.recorded'] },
        },
        [operatorHandlers],
      ),
    ]);
    handlers = service.app.get(serviceHandlers);
    deadLetters = operator.app.get(operatorHandlers);
  });

  const subject = (name: string) => `urn:mesh:product:${env.topics.prefix}:${name}`;
  const alert = (name: string): MeshEvent<'quality.alert.raised'> => sampleEvent('quality.alert.raised', subject(name));
  const recorded = (): DeadLetterEvent[] => deadLetters.received.map(({ event }) => event as DeadLetterEvent);
  const handled = (event: MeshEvent) => handlers.received.some((entry) => entry.event.eventId === event.eventId);

  it('dead-letters garbage bytes and a message whose handler always throws, and goes on with the next message', async () => {
    const poisonTopic = env.topics.resolve(topicOf('quality.alert.raised'));
    const failing = alert('failing');
    const next = alert('failing');
    handlers.behaviour = async (event) => {
      if (event.eventId === failing.eventId) throw new Error('alert rule is corrupt');
    };

    await service.messaging.publisher.send([
      { topic: poisonTopic, key: subject('failing'), value: Buffer.from('definitely not avro'), headers: {} },
    ]);
    await service.messaging.publisher.publishBatch([failing, next]);

    await eventually(
      () => recorded().length === 2 && handled(next),
      () => `dead letters: ${recorded().length}, next handled: ${handled(next)}`,
    );
    const [garbage, exhausted] = recorded().sort((a, b) => Number(a.payload.offset) - Number(b.payload.offset));
    expect(garbage.payload).toMatchObject({
      originalTopic: poisonTopic,
      key: Buffer.from(subject('failing')),
      value: Buffer.from('definitely not avro'),
      attempts: 1,
    });
    expect(garbage.payload.error).toMatch(/^not-framed: /);
    expect(garbage.producer).toBe('quality');
    expect(exhausted.payload).toMatchObject({
      originalTopic: poisonTopic,
      attempts: MAX_ATTEMPTS,
      error: 'Error: alert rule is corrupt',
    });
    expect(exhausted.causationId).toBe(failing.eventId);
    expect(handled(failing)).toBe(false);
    expect(handlers.received.filter((entry) => entry.event.eventId === next.eventId)).toHaveLength(1);
  });

  it('replays the dead letters of a topic by event id, and the fixed handler applies the event', async () => {
    const failing = recorded().find((deadLetter) => deadLetter.causationId !== null);
    expect(failing).toBeDefined();
    handlers.behaviour = async () => undefined;

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'libs/messaging/src/cli/replay-dead-letters.ts',
        '--topic',
        failing?.payload.originalTopic ?? '',
        '--event-id',
        failing?.causationId ?? '',
      ],
      {
        cwd: REPO,
        env: {
          ...process.env,
          SCHEMA_REGISTRY_URL: schemaRegistryUrl(),
          KAFKA_BROKERS: stack.kafkaBrokers().join(','),
          MESH_TOPIC_PREFIX: env.topics.prefix,
          LOG_LEVEL: 'warn',
        },
      },
    );

    expect(JSON.parse(stdout)).toMatchObject({ scanned: 2, matched: 1, replayed: 1 });
    await eventually(
      () => handlers.received.some((entry) => entry.event.eventId === failing?.causationId),
      () => 'the replayed event was not handled',
    );
  });
});
