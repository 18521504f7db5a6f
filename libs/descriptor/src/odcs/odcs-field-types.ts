import { formatFieldType, parseFieldType, type FieldType } from '../model/field-type';
import type { OdcsLogicalType, OdcsTyped } from './odcs-types';
import { isObject, objectsOf, stringOf, type JsonObject } from '../support/read-json';

// Descriptor field types in ODCS: the descriptor's type string is the physicalType (it is the
// type of the Iceberg column), and logicalType with its options tells ODCS tools what it is.

const LOGICAL: Record<string, { logicalType: OdcsLogicalType; format?: string; timezone?: boolean }> = {
  string: { logicalType: 'string' },
  uuid: { logicalType: 'string', format: 'uuid' },
  binary: { logicalType: 'string', format: 'binary' },
  integer: { logicalType: 'integer', format: 'i32' },
  long: { logicalType: 'integer', format: 'i64' },
  float: { logicalType: 'number', format: 'f32' },
  double: { logicalType: 'number', format: 'f64' },
  decimal: { logicalType: 'number' },
  boolean: { logicalType: 'boolean' },
  date: { logicalType: 'date' },
  timestamp: { logicalType: 'timestamp', timezone: false },
  timestamptz: { logicalType: 'timestamp', timezone: true },
};

export function odcsTyped(type: FieldType, physicalType = formatFieldType(type)): OdcsTyped {
  switch (type.kind) {
    case 'array':
      return { logicalType: 'array', physicalType, items: odcsTyped(type.element) };
    case 'struct':
      return {
        logicalType: 'object',
        physicalType,
        properties: type.fields.map((field) => ({ name: field.name, ...odcsTyped(field.type) })),
      };
    default: {
      const { logicalType, format, timezone } = LOGICAL[type.kind === 'decimal' ? 'decimal' : type.name];
      const options: OdcsTyped['logicalTypeOptions'] =
        format !== undefined ? { format } : timezone !== undefined ? { timezone } : undefined;
      return { logicalType, ...(options && { logicalTypeOptions: options }), physicalType };
    }
  }
}

export type ImportedType =
  { ok: true; type: string; from: 'physicalType' | 'logicalType' } | { ok: false; message: string };

/**
 * The descriptor type of an ODCS property: its physicalType when that is a descriptor type
 * consistent with the logicalType (what toOdcs writes), otherwise derived from the logicalType.
 */
export function importedType(property: JsonObject): ImportedType {
  const physical = stringOf(property.physicalType);
  const parsed = physical === undefined ? undefined : parseFieldType(physical);
  if (
    parsed?.ok &&
    (property.logicalType === undefined || odcsTyped(parsed.type).logicalType === property.logicalType)
  ) {
    return { ok: true, type: physical as string, from: 'physicalType' };
  }
  const derived = derivedType(property);
  return typeof derived === 'string' ? { ok: true, type: derived, from: 'logicalType' } : derived;
}

function derivedType(property: JsonObject): string | { ok: false; message: string } {
  const options = isObject(property.logicalTypeOptions) ? property.logicalTypeOptions : {};
  switch (property.logicalType) {
    case 'string':
      return options.format === 'uuid'
        ? 'uuid'
        : options.format === 'binary' || options.format === 'byte'
          ? 'binary'
          : 'string';
    case 'integer':
      // Anything wider than a signed 32-bit integer needs a long.
      return ['i64', 'u32', 'u64', 'i128', 'u128'].includes(String(options.format)) ? 'long' : 'integer';
    case 'number':
      return options.format === 'f32' ? 'float' : 'double';
    case 'boolean':
    case 'date':
      return property.logicalType;
    case 'timestamp':
      return options.timezone === true ? 'timestamptz' : 'timestamp';
    case 'array': {
      const element = isObject(property.items) ? importedType(property.items) : undefined;
      if (!element) return { ok: false, message: 'an array needs items describing its elements' };
      return element.ok ? `array<${element.type}>` : element;
    }
    case 'object': {
      const fields = objectsOf(property.properties);
      if (fields.length === 0) return { ok: false, message: 'an object needs properties describing its fields' };
      const parts: string[] = [];
      for (const field of fields) {
        const type = importedType(field);
        if (!type.ok) return type;
        if (stringOf(field.name) === undefined)
          return { ok: false, message: 'every property of an object needs a name' };
        parts.push(`${field.name}: ${type.type}`);
      }
      return `struct<${parts.join(', ')}>`;
    }
    case undefined:
      return { ok: false, message: 'needs a logicalType, or a physicalType that is a descriptor field type' };
    default:
      return { ok: false, message: `logicalType ${String(property.logicalType)} has no descriptor field type` };
  }
}
