import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKafka } from '../kafka-connection';
import { ensureTopics } from '../ensure-topics';
import { contractTopics, prefixedTopics } from '../topic-resolver';
import { grantMeshAcls } from './mesh-acls';
import type { KafkaCredentials } from './sasl-authentication';
import { upsertScramUser } from './scram-credentials';

export interface KafkaBootstrapOptions {
  brokers: readonly string[];
  /** A super user: the broker's static admin. */
  admin: KafkaCredentials;
  /** Where each service's password is kept between starts, one file per service, readable by its owner only. */
  passwordDirectory: string;
  /** The deployment's topic prefix ('' in production, one per test run). */
  prefix: string;
}

/**
 * A service's Kafka login: its SCRAM user, made on the cluster with the password kept for it (made once). Several
 * processes may ask at once: the password file is created exclusively, and whoever loses the race reads the winner's.
 */
export async function ensureServiceKafkaUser(
  options: Pick<KafkaBootstrapOptions, 'brokers' | 'admin' | 'passwordDirectory'>,
  service: string,
): Promise<KafkaCredentials> {
  mkdirSync(options.passwordDirectory, { recursive: true, mode: 0o700 });
  const file = join(options.passwordDirectory, service);
  try {
    writeFileSync(file, randomBytes(24).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    chmodSync(file, 0o600);
  }
  const password = readFileSync(file, 'utf8').trim();
  await upsertScramUser({ brokers: options.brokers, credentials: options.admin }, service, password);
  return { mechanism: 'scram-sha-512', username: service, password };
}

/** The platform's streams of a deployment, and who may write and read them: what must exist before a service starts. */
export async function bootstrapMeshStreams(
  options: Pick<KafkaBootstrapOptions, 'brokers' | 'admin' | 'prefix'>,
): Promise<{ topicsCreated: number; acls: number }> {
  const admin = createKafka({ brokers: options.brokers, clientId: 'mesh-bootstrap', sasl: options.admin }).admin();
  await admin.connect();
  try {
    const resolveTopic = options.prefix === '' ? contractTopics : prefixedTopics(options.prefix);
    const { created } = await ensureTopics(admin, { resolveTopic });
    return { topicsCreated: created.length, acls: await grantMeshAcls(admin, options.prefix) };
  } finally {
    await admin.disconnect();
  }
}
