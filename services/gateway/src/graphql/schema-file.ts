import { buildSchema, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The committed SDL the gateway serves (services/gateway/schema.graphql). */
export const SCHEMA_PATH = resolve(__dirname, '../../schema.graphql');

export function schemaFromFile(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
}
