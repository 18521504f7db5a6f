import { isEnumType, type GraphQLSchema } from 'graphql';

/**
 * The services speak lower-case, hyphenated values (`iceberg-table`, `platform-admin`); GraphQL enums are
 * upper-case (`ICEBERG_TABLE`, `PLATFORM_ADMIN`). Every enum of the schema maps one way, so no resolver converts
 * by hand and a new enum needs nothing here.
 */
export function serviceValueOf(graphqlValue: string): string {
  return graphqlValue.toLowerCase().replace(/_/g, '-');
}

export function enumResolvers(schema: GraphQLSchema): Record<string, Record<string, string>> {
  const resolvers: Record<string, Record<string, string>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__')) continue;
    resolvers[type.name] = Object.fromEntries(
      type.getValues().map((value) => [value.name, serviceValueOf(value.name)]),
    );
  }
  return resolvers;
}
