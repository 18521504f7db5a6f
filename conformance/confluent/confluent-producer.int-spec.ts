/**
 * A third-party producer: Confluent's Python client (confluent-kafka with AvroSerializer, from
 * PyPI), pointed at the registry's Schema Registry API, publishes a data-published event; the
 * platform's consumer decodes and handles it like any of its own.
 */
import { HttpSchemaRegistry, newEvent } from '@mesh/contracts';
import { createKafka, ensureTopics, MESSAGING_MIGRATIONS, prefixedTopics } from '@mesh/messaging';
import {
  ADMIN_TOKEN,
  createTestDatabase,
  eventually,
  pythonTool,
  serviceKafkaEnvironment,
  stack,
  startRegistry,
  uniqueName,
  type RegistryUnderTest,
  type TestDatabase,
} from '@mesh/testing';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startConsumerApp } from '../../libs/messaging/test/support/consumer-app';
import { recorderFor } from '../../libs/messaging/test/support/recorder';

const PRODUCER = resolve(__dirname, 'produce_data_published.py');

describe('confluent-kafka (Python) → our Schema Registry API → Kafka → our consumer', () => {
  let registry: RegistryUnderTest;
  let database: TestDatabase;

  beforeAll(async () => {
    registry = await startRegistry('confluent');
    database = await createTestDatabase('confluent', MESSAGING_MIGRATIONS);
  });
  afterAll(async () => {
    await database?.remove();
    await registry?.remove();
  });

  it('decodes a data-published event that Confluent’s AvroSerializer wrote', async () => {
    const resolveTopic = prefixedTopics(registry.topicPrefix);
    const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-confluent', logLevel: 'error' }).admin();
    await admin.connect();
    await ensureTopics(admin, { resolveTopic });
    await admin.disconnect();

    const handlers = recorderFor(['data.published']);
    const consumer = await startConsumerApp(
      {
        kafka: { brokers: stack.kafkaBrokers(), clientId: 'it-confluent', logLevel: 'error' },
        schemaRegistry: new HttpSchemaRegistry(registry.schemaRegistryUrl),
        dataSource: database.dataSource,
        resolveTopic,
        consumer: { groupId: uniqueName('it-confluent'), events: ['data.published'] },
      },
      [handlers],
    );
    const recorder = consumer.app.get(handlers);
    const sent = newEvent('data.published', {
      subject: 'urn:mesh:product:sales:orders',
      producer: 'confluent-python',
      payload: {
        product: { domain: 'sales', name: 'orders', version: '1.2.0' },
        port: 'orders',
        snapshotId: '7373839930289493411',
        rowsAdded: 1200,
        rowsTotal: 981_000,
        committedAt: Date.parse('2026-11-28T01:00:00Z'),
        source: 'pipeline',
        runId: null,
        table: null,
        metadataLocation: null,
        operation: null,
        filesAdded: null,
        filesTotal: null,
      },
    });

    try {
      // The subject of a prefixed topic is new to the registry, so the client registers it,
      // authenticating the Confluent way: HTTP Basic with the token as the password. It logs in to Kafka as the
      // catalog, the only principal the ACLs let write data-published events.
      const catalogLogin = await serviceKafkaEnvironment('catalog', registry.topicPrefix);
      const result = spawnSync(
        pythonTool('python'),
        [
          PRODUCER,
          stack.kafkaBrokers().join(','),
          registry.schemaRegistryUrl,
          resolveTopic('mesh.data-published.v1'),
          JSON.stringify(sent),
          `platform-admin:${ADMIN_TOKEN}`,
        ],
        { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...catalogLogin } },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const schemaId = Number(result.stdout.trim());
      expect(schemaId).toBeGreaterThan(0);

      await eventually(
        () => recorder.received.length > 0,
        () => 'the platform consumer received nothing from the Python producer',
      );
      expect(recorder.received).toHaveLength(1);
      expect(recorder.received[0].event).toEqual(sent);
    } finally {
      await consumer.close();
    }
  });
});
