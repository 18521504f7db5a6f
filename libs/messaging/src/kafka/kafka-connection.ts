import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { kafkaLogCreator, silentLogger, type MessagingLogger } from '../logger';
import { kafkaCredentialsFromEnvironment, kafkajsSasl } from './security/kafka-credentials';
import type { KafkaCredentials } from './security/sasl-authentication';

export interface KafkaConnectionOptions {
  brokers: readonly string[];
  clientId: string;
  ssl?: boolean;
  /** Who the client logs in as; by default the process's KAFKA_USERNAME / KAFKA_PASSWORD. */
  sasl?: KafkaCredentials;
  logger?: MessagingLogger;
  /** kafkajs is chatty below `warn` (every rebalance is logged), hence the default. */
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
}

const LEVELS = { error: logLevel.ERROR, warn: logLevel.WARN, info: logLevel.INFO, debug: logLevel.DEBUG } as const;

export function createKafka(options: KafkaConnectionOptions): Kafka {
  const credentials = options.sasl ?? kafkaCredentialsFromEnvironment();
  const config: KafkaConfig = {
    clientId: options.clientId,
    brokers: [...options.brokers],
    ssl: options.ssl,
    sasl: credentials === undefined ? undefined : kafkajsSasl(credentials),
    logLevel: LEVELS[options.logLevel ?? 'warn'],
    logCreator: kafkaLogCreator(options.logger ?? silentLogger),
  };
  return new Kafka(config);
}
