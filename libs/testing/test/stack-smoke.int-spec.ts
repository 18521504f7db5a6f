/**
 * Proves each component of the local stack is the real thing, through the same client
 * libraries the services use.
 */
import { Client as OpenSearch } from '@opensearch-project/opensearch';
import { Job, Queue, Worker } from 'bullmq';
import { createKafka } from '@mesh/messaging';
import { Column, DataSource, Entity, MigrationInterface, PrimaryGeneratedColumn, QueryRunner } from 'typeorm';
import { stack, uniqueName } from '../src';

describe('local stack smoke', () => {
  it('Kafka: a message produced is consumed', async () => {
    const kafka = createKafka({ clientId: 'smoke', brokers: stack.kafkaBrokers(), logLevel: 'error' });
    const topic = uniqueName('smoke');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const producer = kafka.producer({ idempotent: true });
    const consumer = kafka.consumer({ groupId: uniqueName('smoke-group') });
    try {
      await producer.connect();
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = new Promise<string>((resolve) => {
        void consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString() ?? '') });
      });
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'hello mesh' }] });
      await expect(received).resolves.toBe('hello mesh');
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] });
      await admin.disconnect();
    }
  });

  it('OpenSearch: a document indexed is found by a search', async () => {
    const client = new OpenSearch({ node: stack.openSearchUrl() });
    const index = uniqueName('smoke');
    try {
      const info = await client.info();
      expect(info.body.version.number).toMatch(/^2\./);
      await client.indices.create({ index, body: { settings: { number_of_replicas: 0 } } });
      await client.index({ index, id: 'p1', body: { title: 'Orders of the sales domain' }, refresh: true });
      const result = await client.search({ index, body: { query: { match: { title: 'sales' } } } });
      expect(result.body.hits.hits.map((hit) => hit._id)).toEqual(['p1']);
    } finally {
      await client.indices.delete({ index }, { ignore: [404] });
      await client.close();
    }
  });

  it('Postgres: a TypeORM entity is stored in a table its migration created', async () => {
    const schema = uniqueName('smoke').replace(/-/g, '_');

    @Entity({ name: 'smoke_item' })
    class SmokeItem {
      @PrimaryGeneratedColumn() id!: number;
      @Column() name!: string;
    }

    class CreateSmokeItem1700000000000 implements MigrationInterface {
      async up(runner: QueryRunner): Promise<void> {
        await runner.query(`CREATE TABLE "${schema}".smoke_item (id serial PRIMARY KEY, name text NOT NULL)`);
      }
      async down(runner: QueryRunner): Promise<void> {
        await runner.query(`DROP TABLE "${schema}".smoke_item`);
      }
    }

    const setup = new DataSource({ type: 'postgres', url: stack.databaseUrl() });
    await setup.initialize();
    await setup.query(`CREATE SCHEMA "${schema}"`);
    const db = new DataSource({
      type: 'postgres',
      url: stack.databaseUrl(),
      schema,
      entities: [SmokeItem],
      migrations: [CreateSmokeItem1700000000000],
    });
    try {
      await db.initialize();
      const applied = await db.runMigrations();
      expect(applied.map((m) => m.name)).toEqual(['CreateSmokeItem1700000000000']);
      await db.getRepository(SmokeItem).save({ name: 'orders' });
      expect(await db.getRepository(SmokeItem).findOneByOrFail({ name: 'orders' })).toMatchObject({ name: 'orders' });
    } finally {
      if (db.isInitialized) await db.destroy();
      await setup.query(`DROP SCHEMA "${schema}" CASCADE`);
      await setup.destroy();
    }
  });

  it('Redis: a BullMQ job is processed by a worker', async () => {
    // Given options rather than a client, BullMQ owns its connections and closes them.
    const { hostname, port } = new URL(stack.redisUrl());
    const connection = { host: hostname, port: Number(port || 6379), maxRetriesPerRequest: null };
    const name = uniqueName('smoke');
    const queue = new Queue(name, { connection });
    const worker = new Worker(name, async (job: Job<{ n: number }>) => job.data.n * 2, { connection });
    // The worker's own events, listened to before the job exists: a QueueEvents stream read from "now" can start
    // reading after a quick job has already finished, and miss it.
    const finished = new Promise<unknown>((resolve, reject) => {
      worker.on('completed', (_job, result) => resolve(result));
      worker.on('failed', (_job, error) => reject(error));
    });
    try {
      await queue.add('double', { n: 21 });
      await expect(finished).resolves.toBe(42);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
