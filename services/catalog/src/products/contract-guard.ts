import { icebergPrimitive, parseFieldType, type FieldType } from '@mesh/descriptor';
import { CatalogError } from '../http/catalog-error';
import { currentSchema, type IcebergType, type StructField, type TableMetadata } from '../metadata/table-metadata';
import type { TableBinding } from './bindings.repository';

/** Iceberg's legal type promotions: what a reader of the old type still reads. */
function promotes(from: IcebergType, to: IcebergType): boolean {
  if (typeof from !== 'string' || typeof to !== 'string') return sameType(from, to);
  if (from === to) return true;
  if (from === 'int' && to === 'long') return true;
  if (from === 'float' && to === 'double') return true;
  const decimal = /^decimal\((\d+),\s*(\d+)\)$/;
  const a = decimal.exec(from);
  const b = decimal.exec(to);
  return a !== null && b !== null && a[2] === b[2] && Number(b[1]) >= Number(a[1]);
}

/** Nested types compare by shape, ignoring ids and docs. */
function sameType(a: IcebergType, b: IcebergType): boolean {
  const shape = (type: IcebergType): unknown => {
    if (typeof type === 'string') return type;
    if (type.type === 'struct')
      return { struct: type.fields.map((field) => [field.name, field.required, shape(field.type)]) };
    if (type.type === 'list') return { list: [shape(type.element), type['element-required']] };
    return { map: [shape(type.key), shape(type.value), type['value-required']] };
  };
  return JSON.stringify(shape(a)) === JSON.stringify(shape(b));
}

const describe = (type: IcebergType): string => (typeof type === 'string' ? type : type.type);

/**
 * Refuses a schema change that breaks the published contract of the product the table serves: a contracted field
 * dropped or renamed, its type changed beyond Iceberg's promotions, or a required one made optional. Only fields the
 * table had are compared, so a table that predates its contract can still be evolved towards it.
 */
export function checkContract(binding: TableBinding | null, base: TableMetadata | null, next: TableMetadata): void {
  if (binding === null || binding.contract === null) return;
  if (base === null) {
    checkNewTable(binding, next);
    return;
  }
  if (base['current-schema-id'] === next['current-schema-id']) return;
  const before = currentSchema(base).fields;
  const after = currentSchema(next).fields;
  const problems: string[] = [];
  for (const contracted of binding.contract.fields) {
    const old = before.find((field) => field.name === contracted.name);
    if (old === undefined) continue;
    const now = after.find((field) => field.name === contracted.name);
    if (now === undefined) {
      const renamed = after.find((field) => field.id === old.id);
      problems.push(
        renamed === undefined
          ? `field '${contracted.name}' is dropped`
          : `field '${contracted.name}' is renamed to '${renamed.name}'`,
      );
      continue;
    }
    problems.push(...fieldProblems(contracted.name, contracted.required === true, old, now));
  }
  refuse(binding, 'schema change', problems);
}

/**
 * Refuses a new table, for a port of a published product, that does not hold the contract: each contracted field a
 * column of that name with the contract's type (unpromoted: consumers read what the contract says). Columns the
 * contract does not name are the producer's to add. Whether required fields hold values is the quality service's
 * check of every snapshot, so an optional column may stand for a required field, as it may in a table that predates
 * its contract.
 */
export function checkNewTable(binding: TableBinding | null, metadata: TableMetadata): void {
  if (binding === null || binding.contract === null) return;
  const columns = currentSchema(metadata).fields;
  const problems: string[] = [];
  for (const contracted of binding.contract.fields) {
    const column = columns.find((field) => field.name === contracted.name);
    const parsed = parseFieldType(contracted.type);
    if (column === undefined) {
      problems.push(`contracted field '${contracted.name}' is missing`);
    } else if (parsed.ok && !holds(parsed.type, column.type)) {
      problems.push(`field '${contracted.name}' is ${describe(column.type)}, the contract says ${contracted.type}`);
    }
  }
  refuse(binding, 'new table', problems);
}

/** Whether a column's Iceberg type is the contract's type. */
function holds(contract: FieldType, column: IcebergType): boolean {
  switch (contract.kind) {
    case 'primitive':
      return column === icebergPrimitive(contract.name);
    case 'decimal':
      return (
        typeof column === 'string' && column.replace(/\s+/g, '') === `decimal(${contract.precision},${contract.scale})`
      );
    case 'array':
      return typeof column !== 'string' && column.type === 'list' && holds(contract.element, column.element);
    case 'struct':
      return (
        typeof column !== 'string' &&
        column.type === 'struct' &&
        contract.fields.every((field) => {
          const nested = column.fields.find((candidate) => candidate.name === field.name);
          return nested !== undefined && holds(field.type, nested.type);
        })
      );
  }
}

function refuse(binding: TableBinding, what: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new CatalogError(
    'validation',
    `${what} breaks the contract of ${binding.domain}/${binding.product} version ${binding.version} ` +
      `(port ${binding.port}): ${problems.join('; ')}`,
  );
}

function fieldProblems(name: string, required: boolean, old: StructField, now: StructField): string[] {
  const problems: string[] = [];
  if (!promotes(old.type, now.type))
    problems.push(`field '${name}' changes type from ${describe(old.type)} to ${describe(now.type)}`);
  if (required && old.required && !now.required) problems.push(`required field '${name}' is made optional`);
  return problems;
}
