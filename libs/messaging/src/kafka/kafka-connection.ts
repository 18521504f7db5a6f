import { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';
import { kafkaLogCreator, silentLogger, type MessagingLogger } from '../logger';

export interface KafkaConnectionOptions {
  brokers: readonly string[];
  clientId: string;
  ssl?: boolean;
  sasl?: SASLOptions;
  logger?: MessagingLogger;
  /** kafkajs is chatty below `warn` (every rebalance is logged), hence the default. */
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
}

const LEVELS = { error: logLevel.ERROR, warn: logLevel.WARN, info: logLevel.INFO, debug: logLevel.DEBUG } as const;

export function createKafka(options: KafkaConnectionOptions): Kafka {
  const config: KafkaConfig = {
    clientId: options.clientId,
    brokers: [...options.brokers],
    ssl: options.ssl,
    sasl: options.sasl,
    logLevel: LEVELS[options.logLevel ?? 'warn'],
    logCreator: kafkaLogCreator(options.logger ?? silentLogger),
  };
  return new Kafka(config);
}
