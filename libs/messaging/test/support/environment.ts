import { HttpSchemaRegistry, type SchemaRegistry } from '@mesh/contracts';
import { startRegistry, type RegistryUnderTest } from '@mesh/testing';

export { createMessagingDatabase, createTestTopics, type TestTopics } from './shared-stack';

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
