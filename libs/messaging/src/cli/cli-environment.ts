import { HttpSchemaRegistry } from '@mesh/contracts';
import pino from 'pino';
import { MessagingError } from '../errors';
import { contractTopics, prefixedTopics, type TopicResolver } from '../kafka/topic-resolver';
import type { MessagingLogger } from '../logger';

/** Flags every messaging command accepts; each falls back to the variable the services read. */
export const CONNECTION_FLAGS = {
  brokers: { type: 'string' },
  'schema-registry': { type: 'string' },
  'topic-prefix': { type: 'string' },
} as const;

export interface ConnectionFlags {
  brokers?: string;
  'schema-registry'?: string;
  'topic-prefix'?: string;
}

export interface CliConnections {
  brokers: string[];
  schemaRegistry: HttpSchemaRegistry;
  resolveTopic: TopicResolver;
  /** Logs go to stderr; stdout carries the command's result. */
  logger: MessagingLogger;
}

export function cliConnections(flags: ConnectionFlags, env: NodeJS.ProcessEnv = process.env): CliConnections {
  const registryUrl = flags['schema-registry'] ?? env.SCHEMA_REGISTRY_URL;
  if (registryUrl === undefined)
    throw new MessagingError(
      'invalid-options',
      'the schema registry URL is missing: pass --schema-registry or set SCHEMA_REGISTRY_URL',
    );
  const prefix = flags['topic-prefix'] ?? env.MESH_TOPIC_PREFIX ?? '';
  return {
    brokers: (flags.brokers ?? env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    // The token is a secret: environment only, never a flag that shows up in `ps`.
    schemaRegistry: new HttpSchemaRegistry(registryUrl, { token: env.SCHEMA_REGISTRY_TOKEN }),
    resolveTopic: prefix === '' ? contractTopics : prefixedTopics(prefix),
    logger: pino({ level: env.LOG_LEVEL ?? 'info' }, pino.destination(2)),
  };
}

/** Runs a command's main, printing a failure as one line on stderr with exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
