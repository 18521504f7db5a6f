import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { enumResolvers } from './enum-values';
import { schemaFromFile } from './schema-file';

const RELEASED = resolve(__dirname, '../../released/schema.graphql');

describe('the GraphQL schema', () => {
  it('keeps every client of the released schema working: no breaking change', async () => {
    const changes = await diff(buildSchema(readFileSync(RELEASED, 'utf8')), schemaFromFile());
    const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
    // A breaking change needs a new endpoint version; an intended compatible one, `npm run release -w services/gateway`.
    expect(breaking.map((change) => change.message)).toEqual([]);
  });

  it('maps every enum value to the service spelling it stands for', () => {
    const enums = enumResolvers(schemaFromFile());
    expect(enums.PortType).toEqual({ ICEBERG_TABLE: 'iceberg-table', KAFKA_TOPIC: 'kafka-topic' });
    expect(enums.Role.PLATFORM_ADMIN).toBe('platform-admin');
    expect(enums.VersionState.PUBLISHED).toBe('published');
  });
});
