import { kafkaCredentialsEnvironment } from '@mesh/messaging';
import { kafkaAdminCredentials } from './kafka-access';
import { requireStack } from './stack';

/**
 * Fails the run when the stack is down, and makes the test process Kafka's admin (its observers and cleanup see every
 * topic); each service under test logs in as its own user instead (`startService`).
 */
export default async function globalSetup(): Promise<void> {
  await requireStack();
  Object.assign(process.env, kafkaCredentialsEnvironment(kafkaAdminCredentials()));
}
