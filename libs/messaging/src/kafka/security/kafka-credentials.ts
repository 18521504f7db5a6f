import type { SASLOptions } from 'kafkajs';
import type { KafkaCredentials } from './sasl-authentication';

const MECHANISMS: readonly KafkaCredentials['mechanism'][] = ['scram-sha-512', 'plain'];

/**
 * Every Kafka client of the platform logs in with the credentials of these variables: KAFKA_USERNAME and
 * KAFKA_PASSWORD, over SASL/SCRAM-SHA-512 unless KAFKA_SASL_MECHANISM says `plain` (the broker's static admin only).
 * Without KAFKA_USERNAME the client connects without logging in, which a secured broker refuses.
 */
export function kafkaCredentialsFromEnvironment(env: NodeJS.ProcessEnv = process.env): KafkaCredentials | undefined {
  const username = env.KAFKA_USERNAME;
  if (username === undefined || username === '') return undefined;
  const password = env.KAFKA_PASSWORD;
  if (password === undefined || password === '') throw new Error('KAFKA_USERNAME is set but KAFKA_PASSWORD is not');
  const mechanism = (env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512').toLowerCase();
  if (!MECHANISMS.includes(mechanism as KafkaCredentials['mechanism'])) {
    throw new Error(`KAFKA_SASL_MECHANISM must be one of ${MECHANISMS.join(', ')}; it is '${mechanism}'`);
  }
  return { mechanism: mechanism as KafkaCredentials['mechanism'], username, password };
}

/** The variables that hand these credentials to a process. */
export function kafkaCredentialsEnvironment(credentials: KafkaCredentials): Record<string, string> {
  return {
    KAFKA_USERNAME: credentials.username,
    KAFKA_PASSWORD: credentials.password,
    KAFKA_SASL_MECHANISM: credentials.mechanism,
  };
}

export function kafkajsSasl(credentials: KafkaCredentials): SASLOptions {
  return credentials.mechanism === 'plain'
    ? { mechanism: 'plain', username: credentials.username, password: credentials.password }
    : { mechanism: 'scram-sha-512', username: credentials.username, password: credentials.password };
}
