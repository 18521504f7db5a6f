/**
 * Runs the outbox relay of one database as its own process, until SIGTERM or SIGINT.
 *
 *   node -r @swc-node/register libs/messaging/src/cli/outbox-relay.ts [--batch-size 500] [--poll-interval-ms 1000]
 *
 * Connections: DATABASE_URL, --brokers / KAFKA_BROKERS, --schema-registry / SCHEMA_REGISTRY_URL
 * (token in SCHEMA_REGISTRY_TOKEN), --topic-prefix / MESH_TOPIC_PREFIX.
 */
import { parseArgs } from 'node:util';
import { EventCodec } from '@mesh/contracts';
import { DataSource } from 'typeorm';
import { MessagingError } from '../errors';
import { createKafka } from '../kafka/kafka-connection';
import { OutboxRelay } from '../outbox/outbox-relay';
import { EventPublisher } from '../publishing/event-publisher';
import { CONNECTION_FLAGS, cliConnections, runCli } from './cli-environment';

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new MessagingError('invalid-options', `--${flag} must be a positive integer, got ${value}`);
  return number;
}

runCli(async () => {
  const { values } = parseArgs({
    options: { ...CONNECTION_FLAGS, 'batch-size': { type: 'string' }, 'poll-interval-ms': { type: 'string' } },
    strict: true,
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl === undefined) throw new MessagingError('invalid-options', 'DATABASE_URL is not set');
  const connections = cliConnections(values);

  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  const kafka = createKafka({
    brokers: connections.brokers,
    clientId: 'mesh-outbox-relay',
    logger: connections.logger,
  });
  const publisher = new EventPublisher(kafka, new EventCodec(connections.schemaRegistry), {
    resolveTopic: connections.resolveTopic,
  });
  const relay = new OutboxRelay(dataSource, publisher, {
    batchSize: positiveInteger('batch-size', values['batch-size']),
    pollIntervalMs: positiveInteger('poll-interval-ms', values['poll-interval-ms']),
    logger: connections.logger,
  });
  await publisher.connect();
  await relay.start();
  connections.logger.info({}, 'outbox relay running');

  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await relay.stop();
  await publisher.disconnect();
  await dataSource.destroy();
});
