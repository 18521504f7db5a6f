import { actAsKafkaAdmin } from './kafka-access';
import { requireStack } from './stack';

/** Fails the run when the stack is down; the test process is Kafka's admin, each service under test itself. */
export default async function globalSetup(): Promise<void> {
  await requireStack();
  actAsKafkaAdmin();
}
