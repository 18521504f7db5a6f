import { HttpSchemaRegistry, type SchemaRegistry } from '@mesh/contracts';
import { startRegistry, type RegistryUnderTest, type TestDatabase } from '@mesh/testing';
import { createMessagingDatabase, createTestTopics, type TestTopics } from './shared-stack';

export { createMessagingDatabase, createTestTopics, type TestTopics };

/**
 * The Schema Registry API is served by services/registry: every test file that imports this
 * module gets a registry process of its own (started before its tests, removed after them).
 */
let registry: RegistryUnderTest | undefined;
beforeAll(async () => {
  registry = await startRegistry('messaging');
}, 90_000);
afterAll(async () => {
  await registry?.remove();
});

export function schemaRegistryUrl(): string {
  if (registry === undefined) throw new Error('the registry under test is not started yet (use it inside a test)');
  return registry.schemaRegistryUrl;
}

export function schemaRegistry(): SchemaRegistry {
  return new HttpSchemaRegistry(schemaRegistryUrl());
}

/** Topics and a database of their own for the tests of one describe block. */
export interface TestEnvironment {
  readonly topics: TestTopics;
  readonly database: TestDatabase;
}

/**
 * Makes the block's topics and database before its tests and removes them after; call it before the block's other
 * hooks, so that they exist for them. `closeFirst` stops what the block started on them (consumers, relays) before
 * they go: jest runs a block's afterAll hooks in the order they were declared, so a later hook would run too late.
 */
export function useTestEnvironment(
  label: string,
  options: { closeFirst?: () => Promise<unknown> } = {},
): TestEnvironment {
  let topics: TestTopics | undefined;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    topics = await createTestTopics(label);
    database = await createMessagingDatabase(label);
  });
  afterAll(async () => {
    await options.closeFirst?.();
    await database?.remove();
    await topics?.remove();
  });
  const made = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`the ${label} test environment is not made yet (use it inside a test)`);
    return value;
  };
  return {
    get topics() {
      return made(topics);
    },
    get database() {
      return made(database);
    },
  };
}
