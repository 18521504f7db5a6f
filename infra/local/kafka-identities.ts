// Makes the platform's Kafka streams, each service's SCRAM user and the ACLs that say what each may write and read
// (`./platform start` runs it once the stack is up, before any service):
//
//   node -r @swc-node/register infra/local/kafka-identities.ts <mesh home>
//
// It logs in as the broker's static admin (KAFKA_USERNAME / KAFKA_PASSWORD when set, else the local stack's
// <mesh home>/kafka/admin-password). Each service's password is kept in <mesh home>/kafka/users/<service>, readable by
// its owner only, and set again on the cluster at every start; it prints what it did, never a password.
import {
  bootstrapMeshStreams,
  ensureServiceKafkaUser,
  kafkaCredentialsFromEnvironment,
  KAFKA_SERVICES,
  type KafkaCredentials,
} from '@mesh/messaging';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

async function main(meshHome: string | undefined): Promise<void> {
  if (meshHome === undefined) throw new Error('usage: kafka-identities.ts <mesh home>');
  const admin: KafkaCredentials = kafkaCredentialsFromEnvironment() ?? {
    mechanism: 'plain',
    username: 'admin',
    password: readFileSync(join(meshHome, 'kafka', 'admin-password'), 'utf8').trim(),
  };
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const prefix = process.env.MESH_TOPIC_PREFIX ?? '';
  const { topicsCreated, acls } = await bootstrapMeshStreams({ brokers, admin, prefix });
  const passwordDirectory = join(meshHome, 'kafka', 'users');
  for (const service of KAFKA_SERVICES) await ensureServiceKafkaUser({ brokers, admin, passwordDirectory }, service);
  console.log(
    `kafka: ${topicsCreated} topic(s) created, ${acls} ACL bindings in place, users ${KAFKA_SERVICES.join(', ')} (passwords in ${passwordDirectory})`,
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`kafka-identities: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
