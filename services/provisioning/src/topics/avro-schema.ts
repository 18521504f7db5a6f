import { parseFieldType, type FieldType, type TableSchema } from '@mesh/descriptor';

/** An Avro schema as JSON. */
export type AvroType = string | number | null | AvroType[] | { [key: string]: AvroType };

const PRIMITIVES: Record<string, AvroType> = {
  string: 'string',
  integer: 'int',
  long: 'long',
  float: 'float',
  double: 'double',
  boolean: 'boolean',
  binary: 'bytes',
  uuid: { type: 'string', logicalType: 'uuid' },
  date: { type: 'int', logicalType: 'date' },
  // Iceberg keeps microseconds; Avro's local-timestamp is the type without a zone.
  timestamp: { type: 'long', logicalType: 'local-timestamp-micros' },
  timestamptz: { type: 'long', logicalType: 'timestamp-micros' },
};

/**
 * The Avro value schema of a Kafka port: one record per contract table, in the namespace of its product, with
 * the fields' descriptions as docs. Optional fields are `["null", T]` with a null default, so the contract's minor
 * changes (an optional field added) stay BACKWARD compatible in the Schema Registry. Nested structs become records
 * named after their path, since Avro names must be unique within a schema.
 */
export function avroValueSchema(
  product: { domain: string; name: string },
  table: TableSchema,
): Record<string, AvroType> {
  const namespace = `mesh.products.${avroName(product.domain)}.${avroName(product.name)}`;
  return {
    type: 'record',
    name: table.name,
    namespace,
    doc: table.description,
    fields: table.fields.map((field) => {
      const parsed = parseFieldType(field.type);
      if (!parsed.ok) throw new Error(`field '${field.name}' has an invalid type: ${parsed.message}`);
      const type = avroType(parsed.type, `${table.name}_${field.name}`);
      const avroField: AvroType =
        field.required === true
          ? { name: field.name, type, doc: field.description }
          : { name: field.name, type: ['null', type], default: null, doc: field.description };
      return avroField;
    }),
  };
}

function avroType(type: FieldType, path: string): AvroType {
  switch (type.kind) {
    case 'primitive':
      return PRIMITIVES[type.name];
    case 'decimal':
      return { type: 'bytes', logicalType: 'decimal', precision: type.precision, scale: type.scale };
    case 'array':
      return { type: 'array', items: ['null', avroType(type.element, `${path}_item`)] };
    case 'struct':
      return {
        type: 'record',
        name: path,
        fields: type.fields.map((field) => ({
          name: field.name,
          type: ['null', avroType(field.type, `${path}_${field.name}`)],
          default: null,
        })),
      };
  }
}

/** Avro names are letters, digits and `_`; domain and product names also have `-`. */
function avroName(name: string): string {
  return name.replaceAll('-', '_');
}
