import { createTestDatabase, stack, uniqueName, type TestDatabase } from '@mesh/testing';
import { createKafka, ensureTopics, MESSAGING_MIGRATIONS, prefixedTopics, type TopicResolver } from '../../src';

// Plain helpers, usable outside jest too (the messaging benchmark uses them).

/** Contract topics under a prefix of their own, created for one test file and deleted after it. */
export interface TestTopics {
  prefix: string;
  resolve: TopicResolver;
  remove(): Promise<void>;
}

export async function createTestTopics(label: string): Promise<TestTopics> {
  const prefix = `${uniqueName(`it-${label}`)}.`;
  const resolve = prefixedTopics(prefix);
  const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: `it-${label}`, logLevel: 'error' }).admin();
  await admin.connect();
  try {
    await ensureTopics(admin, { resolveTopic: resolve });
  } finally {
    await admin.disconnect();
  }
  return {
    prefix,
    resolve,
    remove: async () => {
      const cleanup = createKafka({
        brokers: stack.kafkaBrokers(),
        clientId: `it-${label}`,
        logLevel: 'error',
      }).admin();
      await cleanup.connect();
      try {
        const topics = (await cleanup.listTopics()).filter((topic) => topic.startsWith(prefix));
        await cleanup.deleteTopics({ topics });
      } finally {
        await cleanup.disconnect();
      }
    },
  };
}

/** A Postgres schema of its own in mesh_test with the messaging tables, dropped after the test file. */
export function createMessagingDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(label, MESSAGING_MIGRATIONS);
}
