import { walkSchema, type AvroRecordSchema, type AvroSchema } from './avro-schema';

/**
 * Rules that keep every event schema evolvable and self-describing. Avro can only add or drop a field compatibly in
 * both directions when the field has a default, and an old reader can only accept a new enum symbol when the enum
 * has a default symbol. Unions are limited to `["null", T]` so that they read as `T | null` in TypeScript.
 */
export function lintEventSchema(schema: AvroRecordSchema): string[] {
  const problems: string[] = [];
  walkSchema(schema, '', {
    namedType(definition, fullName) {
      if (definition.type !== 'fixed' && !hasText(definition.doc)) problems.push(`${fullName}: missing doc`);
      if (definition.type === 'enum' && definition.default === undefined) {
        problems.push(`${fullName}: enum needs a default symbol, or old readers cannot accept new symbols`);
      }
    },
    field(field, path) {
      if (!hasText(field.doc)) problems.push(`${path}: missing doc`);
      if (isNullable(field.type) && field.default !== null) {
        problems.push(`${path}: nullable field needs "default": null`);
      }
      if (isCollection(field.type) && field.default === undefined) {
        problems.push(`${path}: array or map field needs a default (usually [] or {})`);
      }
    },
    union(branches, path) {
      if (branches.length !== 2 || branches[0] !== 'null') {
        problems.push(`${path}: only ["null", T] unions are allowed, with "null" first`);
      }
    },
  });
  return problems;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function isNullable(type: AvroSchema): boolean {
  return Array.isArray(type) && type.includes('null');
}

function isCollection(type: AvroSchema): boolean {
  return typeof type === 'object' && !Array.isArray(type) && (type.type === 'array' || type.type === 'map');
}
