import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Instants travel as ISO 8601 strings; services answer with strings or epoch milliseconds (events). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in time, as an ISO 8601 string with a time zone, e.g. 2026-12-03T10:15:00.000Z.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'number') return new Date(value).toISOString();
    if (typeof value === 'string') return value;
    throw new GraphQLError(`DateTime cannot represent ${typeof value}`);
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (node) => parseInstant(node.kind === Kind.STRING ? node.value : undefined),
});

function parseInstant(value: unknown): string {
  // An offset is required: a bare date-time would mean something different on every machine.
  if (typeof value === 'string' && /(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  throw new GraphQLError('DateTime must be an ISO 8601 date-time with a time zone, e.g. 2026-12-03T10:15:00Z', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Any JSON value, for documents the gateway passes through as the services shape them. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: "Any JSON value, e.g. a descriptor or a lineage node's facets.",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalValue(field.value)]));
    default:
      throw new GraphQLError('JSON literals cannot hold variables');
  }
}
