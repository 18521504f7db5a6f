import {
  bootstrapMeshStreams,
  createKafka,
  ensureServiceKafkaUser,
  kafkaCredentialsEnvironment,
  kafkaCredentialsFromEnvironment,
  revokeMeshAcls,
  type KafkaCredentials,
  type KafkaService,
} from '@mesh/messaging';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meshHome } from './python-tools';
import { stack } from './stack';

/**
 * The Kafka super user tests act as (observers, cleanup, the bootstrap): the process's KAFKA_USERNAME when set, else
 * the local stack's static admin, whose password `infra/local/stack` keeps in $MESH_HOME/kafka/admin-password.
 */
export function kafkaAdminCredentials(): KafkaCredentials {
  const fromEnvironment = kafkaCredentialsFromEnvironment();
  if (fromEnvironment !== undefined) return fromEnvironment;
  const file = join(meshHome(), 'kafka', 'admin-password');
  if (!existsSync(file)) {
    throw new Error(
      `no Kafka credentials: set KAFKA_USERNAME and KAFKA_PASSWORD, or start the local stack (it writes ${file})`,
    );
  }
  return { mechanism: 'plain', username: 'admin', password: readFileSync(file, 'utf8').trim() };
}

/**
 * Makes this process Kafka's admin: every client it makes with `createKafka` logs in as the super user (tests' observers
 * and cleanup, benchmarks' load generators); the services it starts log in as themselves all the same.
 */
export function actAsKafkaAdmin(): void {
  Object.assign(process.env, kafkaCredentialsEnvironment(kafkaAdminCredentials()));
}

const bootstrapped = new Map<string, Promise<unknown>>();
const users = new Map<KafkaService, Promise<KafkaCredentials>>();

/**
 * The environment a service under test logs in to Kafka with: its own SCRAM user, with the run's topics and their
 * ACLs made first (once per topic prefix), as `./platform start` does for the real deployment.
 */
export async function serviceKafkaEnvironment(service: KafkaService, prefix: string): Promise<Record<string, string>> {
  const admin = kafkaAdminCredentials();
  const brokers = stack.kafkaBrokers();
  if (!bootstrapped.has(prefix)) bootstrapped.set(prefix, bootstrapMeshStreams({ brokers, admin, prefix }));
  await bootstrapped.get(prefix);
  if (!users.has(service)) {
    users.set(
      service,
      ensureServiceKafkaUser({ brokers, admin, passwordDirectory: join(meshHome(), 'kafka', 'users') }, service),
    );
  }
  return kafkaCredentialsEnvironment(await users.get(service)!);
}

/** Removes a finished run's ACLs (its topics go with the registry's cleanup), and forgets its prefix. */
export async function revokeKafkaRun(prefix: string): Promise<void> {
  bootstrapped.delete(prefix);
  const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-cleanup', logLevel: 'error' }).admin();
  await admin.connect();
  try {
    await revokeMeshAcls(admin, prefix);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Kafka's name for why a client was refused (`TOPIC_AUTHORIZATION_FAILED`, `SASL_AUTHENTICATION_FAILED`…): kafkajs gives
 * it as the error's `type`, or only in the message when the metadata request or the login is refused.
 */
export function kafkaRefusal(error: unknown): string {
  const { type, message = '' } = error as { type?: string; message?: string };
  if (type !== undefined) return type;
  if (/Topic authorization failed/.test(message)) return 'TOPIC_AUTHORIZATION_FAILED';
  return /authentication failed/i.test(message) ? 'SASL_AUTHENTICATION_FAILED' : String(error);
}
