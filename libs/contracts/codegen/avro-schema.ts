// The JSON shape of the Avro schemas in contracts/, limited to what the contracts use, and a
// walker that resolves names the way Avro does (short names live in the enclosing namespace).

export type AvroPrimitive = 'null' | 'boolean' | 'int' | 'long' | 'float' | 'double' | 'bytes' | 'string';

export interface AvroField {
  name: string;
  type: AvroSchema;
  doc?: string;
  default?: unknown;
}

export interface AvroRecordSchema {
  type: 'record';
  name: string;
  namespace?: string;
  doc?: string;
  fields: AvroField[];
}

export interface AvroEnumSchema {
  type: 'enum';
  name: string;
  namespace?: string;
  doc?: string;
  symbols: string[];
  default?: string;
}

export interface AvroFixedSchema {
  type: 'fixed';
  name: string;
  namespace?: string;
  size: number;
}

export interface AvroArraySchema {
  type: 'array';
  items: AvroSchema;
}

export interface AvroMapSchema {
  type: 'map';
  values: AvroSchema;
}

/** A primitive written as an object, usually to carry a logical type (`{"type":"long","logicalType":"timestamp-millis"}`). */
export interface AvroAnnotatedPrimitive {
  type: AvroPrimitive;
  logicalType?: string;
}

export type AvroNamedSchema = AvroRecordSchema | AvroEnumSchema | AvroFixedSchema;

/** A type name (primitive or reference), a union, or a complex type. */
export type AvroSchema =
  string | AvroSchema[] | AvroNamedSchema | AvroArraySchema | AvroMapSchema | AvroAnnotatedPrimitive;

const PRIMITIVES: ReadonlySet<string> = new Set<AvroPrimitive>([
  'null',
  'boolean',
  'int',
  'long',
  'float',
  'double',
  'bytes',
  'string',
]);

export function isPrimitive(name: string): name is AvroPrimitive {
  return PRIMITIVES.has(name);
}

/** Full name of a type name used inside `namespace` (Avro spec: a name without dots is relative). */
export function qualify(name: string, namespace: string): string {
  return name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;
}

/** Full name of a type definition and the namespace its children inherit. */
export function nameOf(
  definition: { name: string; namespace?: unknown },
  enclosingNamespace: string,
): { fullName: string; namespace: string } {
  const declared = typeof definition.namespace === 'string' ? definition.namespace : enclosingNamespace;
  const fullName = qualify(definition.name, declared);
  return { fullName, namespace: fullName.slice(0, Math.max(0, fullName.lastIndexOf('.'))) };
}

export function shortName(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

export interface SchemaVisitor {
  /** A named type definition (not a reference to one), in document order. */
  namedType?(schema: AvroNamedSchema, fullName: string): void;
  field?(field: AvroField, path: string): void;
  union?(branches: AvroSchema[], path: string): void;
}

/** Visits a schema depth-first in document order, the order in which Avro defines names. */
export function walkSchema(schema: AvroSchema, namespace: string, visitor: SchemaVisitor, path = ''): void {
  if (typeof schema === 'string') return;
  if (Array.isArray(schema)) {
    visitor.union?.(schema, path);
    schema.forEach((branch) => walkSchema(branch, namespace, visitor, path));
    return;
  }
  switch (schema.type) {
    case 'record':
    case 'enum':
    case 'fixed': {
      const named = nameOf(schema, namespace);
      visitor.namedType?.(schema, named.fullName);
      if (schema.type === 'record') {
        for (const field of schema.fields) {
          const fieldPath = `${named.fullName}.${field.name}`;
          visitor.field?.(field, fieldPath);
          walkSchema(field.type, named.namespace, visitor, fieldPath);
        }
      }
      return;
    }
    case 'array':
      return walkSchema(schema.items, namespace, visitor, `${path}[]`);
    case 'map':
      return walkSchema(schema.values, namespace, visitor, `${path}{}`);
    default:
      return;
  }
}
