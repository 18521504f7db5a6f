import { icebergPrimitive, parseFieldType, type FieldSchema, type FieldType, type TableSchema } from '@mesh/descriptor';
import type { IcebergField, IcebergSchema, IcebergStruct, IcebergType } from './iceberg-types';

/**
 * A table that cannot take the contract's schema by a compatible evolution: a column of another type, a column the
 * contract lacks, a required flag that differs. Retrying does not help; an operator must look.
 */
export class SchemaConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaConflictError';
  }
}

/** The Iceberg schema of a contract table, and the highest field id it uses. */
export interface PlannedSchema {
  schema: IcebergSchema;
  lastColumnId: number;
}

/**
 * The Iceberg schema of a contract table. Against the table's current schema (`existing`), every column keeps its
 * field id, matched by name, so that data files written by earlier versions still read; a column the contract adds
 * gets the next id after `lastColumnId`. Types may only be promoted as Iceberg allows (int → long, float → double,
 * decimal precision up at the same scale), which is what the contract's minor changes are.
 */
export function contractSchema(table: TableSchema, existing?: IcebergSchema, lastColumnId = 0): PlannedSchema {
  const ids = { last: lastColumnId };
  const fields = structFields(table.fields.map(contractField), existing?.fields ?? [], ids, table.name);
  const identifiers = table.fields
    .filter((field) => field.primaryKey === true)
    .map((field) => fields.find((candidate) => candidate.name === field.name)!.id);
  const schema: IcebergSchema = { type: 'struct', fields };
  if (identifiers.length > 0) schema['identifier-field-ids'] = identifiers;
  return { schema, lastColumnId: ids.last };
}

/** Whether two schemas describe the same columns, ids, types, docs and key, whatever their schema ids. */
export function sameSchema(a: IcebergSchema, b: IcebergSchema): boolean {
  const comparable = (schema: IcebergSchema) =>
    JSON.stringify({ fields: schema.fields, key: [...(schema['identifier-field-ids'] ?? [])].sort() });
  return comparable(a) === comparable(b);
}

interface ContractField {
  name: string;
  type: FieldType;
  required: boolean;
  doc?: string;
}

function contractField(field: FieldSchema): ContractField {
  const parsed = parseFieldType(field.type);
  if (!parsed.ok) throw new SchemaConflictError(`field '${field.name}' has an invalid type: ${parsed.message}`);
  return { name: field.name, type: parsed.type, required: field.required === true, doc: field.description };
}

function structFields(wanted: ContractField[], existing: IcebergField[], ids: { last: number }, path: string) {
  const extra = existing.filter((field) => !wanted.some((candidate) => candidate.name === field.name));
  if (extra.length > 0) {
    const names = extra.map((field) => `'${path}.${field.name}'`).join(', ');
    throw new SchemaConflictError(`the table has columns the contract does not: ${names}`);
  }
  // Ids are assigned to the fields of a struct before their children, as Iceberg does for a new table.
  const planned = wanted.map((field) => {
    const previous = existing.find((candidate) => candidate.name === field.name);
    return { field, previous, id: previous?.id ?? ++ids.last };
  });
  return planned.map(({ field, previous, id }): IcebergField => {
    const where = `${path}.${field.name}`;
    if (previous !== undefined && previous.required !== field.required) {
      const was = previous.required ? 'required' : 'optional';
      throw new SchemaConflictError(`column '${where}' is ${was} in the table, not in the contract`);
    }
    const built: IcebergField = {
      id,
      name: field.name,
      type: icebergType(field.type, previous?.type, ids, where),
      required: field.required,
    };
    if (field.doc !== undefined) built.doc = field.doc;
    return built;
  });
}

/** Iceberg's allowed promotions of a primitive column (the spec's "Schema Evolution"). */
const PROMOTIONS: Record<string, string> = { int: 'long', float: 'double' };

function icebergType(
  type: FieldType,
  previous: IcebergType | undefined,
  ids: { last: number },
  where: string,
): IcebergType {
  switch (type.kind) {
    case 'primitive':
    case 'decimal': {
      const wanted = type.kind === 'decimal' ? `decimal(${type.precision},${type.scale})` : icebergPrimitive(type.name);
      if (previous !== undefined && !promotable(previous, wanted)) throw typeConflict(where, previous, wanted);
      return wanted;
    }
    case 'array': {
      if (previous !== undefined && (typeof previous === 'string' || previous.type !== 'list')) {
        throw typeConflict(where, previous, 'list');
      }
      const elementId = previous?.['element-id'] ?? ++ids.last;
      return {
        type: 'list' as const,
        'element-id': elementId,
        element: icebergType(type.element, previous?.element, ids, `${where}[]`),
        'element-required': false,
      };
    }
    case 'struct': {
      if (previous !== undefined && (typeof previous === 'string' || previous.type !== 'struct')) {
        throw typeConflict(where, previous, 'struct');
      }
      const fields = type.fields.map((field) => ({ name: field.name, type: field.type, required: false }));
      const struct: IcebergStruct = {
        type: 'struct',
        fields: structFields(fields, previous?.fields ?? [], ids, where),
      };
      return struct;
    }
  }
}

function promotable(previous: IcebergType, wanted: string): boolean {
  if (typeof previous !== 'string') return false;
  if (previous === wanted || PROMOTIONS[previous] === wanted) return true;
  const before = /^decimal\((\d+),\s*(\d+)\)$/.exec(previous);
  const after = /^decimal\((\d+),(\d+)\)$/.exec(wanted);
  return before !== null && after !== null && before[2] === after[2] && Number(after[1]) >= Number(before[1]);
}

function typeConflict(where: string, previous: IcebergType, wanted: string): SchemaConflictError {
  const was = typeof previous === 'string' ? previous : previous.type;
  return new SchemaConflictError(`column '${where}' is ${was} in the table; the contract needs ${wanted}`);
}
