/**
 * Re-publishes dead letters of one original topic to that topic, with their original key and bytes.
 *
 *   node -r @swc-node/register libs/messaging/src/cli/replay-dead-letters.ts --topic mesh.quality.v1 \
 *     [--from 2026-01-10T00:00:00Z] [--to 2026-01-11T00:00:00Z] [--event-id <uuid>] [--dry-run]
 *
 * Connections: --brokers / KAFKA_BROKERS, --schema-registry / SCHEMA_REGISTRY_URL (token in
 * SCHEMA_REGISTRY_TOKEN), --topic-prefix / MESH_TOPIC_PREFIX. Prints the counts as JSON.
 */
import { parseArgs } from 'node:util';
import { EventCodec } from '@mesh/contracts';
import { replayDeadLetters } from '../dead-letters/replay';
import type { ReplayFilter } from '../dead-letters/replay-filter';
import { MessagingError } from '../errors';
import { createKafka } from '../kafka/kafka-connection';
import { EventPublisher } from '../publishing/event-publisher';
import { CONNECTION_FLAGS, cliConnections, runCli } from './cli-environment';

function parseDate(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new MessagingError('invalid-options', `--${flag} is not a date: ${value}`);
  return date;
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      ...CONNECTION_FLAGS,
      topic: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'event-id': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.topic === undefined)
    throw new MessagingError('invalid-options', '--topic (the original topic of the dead letters) is required');
  const filter: ReplayFilter = {
    originalTopic: values.topic,
    from: parseDate('from', values.from),
    to: parseDate('to', values.to),
    eventId: values['event-id'],
  };

  const connections = cliConnections(values);
  const kafka = createKafka({
    brokers: connections.brokers,
    clientId: 'mesh-replay-dead-letters',
    logger: connections.logger,
  });
  const codec = new EventCodec(connections.schemaRegistry);
  const publisher = new EventPublisher(kafka, codec, { resolveTopic: connections.resolveTopic });
  await publisher.connect();
  try {
    const result = await replayDeadLetters(kafka, codec, publisher, filter, {
      resolveTopic: connections.resolveTopic,
      dryRun: values['dry-run'],
      logger: connections.logger,
    });
    process.stdout.write(`${JSON.stringify({ ...filter, dryRun: values['dry-run'], ...result })}\n`);
  } finally {
    await publisher.disconnect();
  }
});
