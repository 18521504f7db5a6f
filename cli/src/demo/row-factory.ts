import { randomUUID } from 'node:crypto';
import {
  parseFieldType,
  type FieldSchema,
  type FieldType,
  type JsonValue,
  type QualityRule,
  type Scalar,
  type TableSchema,
} from '@mesh/descriptor';

/** One row, as the PyIceberg writer takes it: JSON values, uuids and instants as strings. */
export type Row = Record<string, JsonValue>;

/** A product's own arithmetic that generic values would break: the demo fixes these rows up after making them. */
export type RowFixup = (row: Row, serial: number) => Row;

/**
 * Rows that keep a contract: every required field set, keys unique (across batches too, through `firstSerial`),
 * values from the rule's valid values or the field's examples, numbers small and positive. What a rule computes
 * from several fields is the fixup's job.
 */
export function makeRows(
  table: TableSchema,
  rules: readonly QualityRule[],
  options: { count: number; firstSerial: number; now: Date; fixup?: RowFixup },
): Row[] {
  const keyFields = table.fields.filter((field) => field.primaryKey === true).length;
  // What must differ from row to row: unique fields, the only key field, and the date of a composite key (a day per
  // serial). The other parts of a composite key take valid values or examples: the date makes the key unique.
  const varies = (field: FieldSchema) =>
    field.unique === true || (field.primaryKey === true && (keyFields === 1 || field.type === 'date'));
  return Array.from({ length: options.count }, (_, index) => {
    const serial = options.firstSerial + index;
    const row: Row = Object.fromEntries(
      table.fields.map((field) => [
        field.name,
        fieldValue(
          field,
          { name: field.name, keyed: varies(field), choices: choicesFor(table.name, field, rules) },
          serial,
          options.now,
        ),
      ]),
    );
    return options.fixup === undefined ? row : options.fixup(row, serial);
  });
}

/** The values a field may take: an invalidValues rule's valid values, else the field's examples. */
function choicesFor(table: string, field: FieldSchema, rules: readonly QualityRule[]): readonly Scalar[] | undefined {
  for (const rule of rules) {
    if (rule.table !== table || rule.field !== field.name || !('metric' in rule) || rule.metric !== 'invalidValues')
      continue;
    const valid = rule.arguments?.validValues;
    if (valid !== undefined && valid.length > 0) return valid;
  }
  return field.examples !== undefined && field.examples.length > 0 ? (field.examples as Scalar[]) : undefined;
}

function fieldValue(field: FieldSchema, hints: ValueHints, serial: number, now: Date): JsonValue {
  const parsed = parseFieldType(field.type);
  if (!parsed.ok) throw new Error(`field ${field.name}: ${parsed.message}`);
  return typedValue(parsed.type, hints, serial, now);
}

interface ValueHints {
  name: string;
  /** Must differ from row to row: unique fields and sole keys, and the date of a composite key. */
  keyed: boolean;
  choices?: readonly Scalar[];
}

function typedValue(type: FieldType, hints: ValueHints, serial: number, now: Date): JsonValue {
  const choice = hints.choices === undefined ? undefined : hints.choices[serial % hints.choices.length];
  switch (type.kind) {
    case 'decimal':
      return choice !== undefined ? Number(choice).toFixed(type.scale) : (1 + (serial % 30) + 0.5).toFixed(type.scale);
    case 'array':
      return [typedValue(type.element, { ...hints, keyed: false }, serial, now)];
    case 'struct':
      return Object.fromEntries(
        type.fields.map((sub) => [sub.name, typedValue(sub.type, { name: sub.name, keyed: false }, serial, now)]),
      );
    case 'primitive':
      return primitiveValue(type.name, hints, choice, serial, now);
  }
}

const DAY_MS = 86_400_000;

function primitiveValue(
  name: string,
  hints: ValueHints,
  choice: Scalar | undefined,
  serial: number,
  now: Date,
): JsonValue {
  switch (name) {
    case 'uuid':
      return randomUUID();
    case 'string':
      if (hints.keyed) return uniqueText(choice === undefined ? hints.name : String(choice));
      return choice === undefined ? `${hints.name}-${serial % 7}` : String(choice);
    case 'integer':
    case 'long':
      return choice === undefined ? 1 + (serial % 3) : Number(choice);
    case 'float':
    case 'double':
      return choice === undefined ? 0.5 + (serial % 10) / 25 : Number(choice);
    case 'boolean':
      return serial % 3 !== 0;
    case 'date':
      // A key date goes one day further back per row, so every batch adds days no earlier batch had.
      return new Date(now.getTime() - (hints.keyed ? serial : 0) * DAY_MS).toISOString().slice(0, 10);
    case 'timestamp':
    case 'timestamptz':
      return new Date(now.getTime() - (serial % 1440) * 60_000).toISOString();
    default:
      return null;
  }
}

/** A text made unique by a random suffix (unique across runs too), keeping an email's shape. */
function uniqueText(text: string): string {
  const suffix = randomUUID().slice(0, 8);
  const at = text.indexOf('@');
  return at < 0 ? `${text}-${suffix}` : `${text.slice(0, at)}.${suffix}${text.slice(at)}`;
}

/**
 * Whether new rows can be appended to the table without repeating a key: true unless a key is a date, which the
 * rows take from their serial (today, yesterday...). Such tables are aggregates, recomputed whole: overwritten.
 */
export function appendable(table: TableSchema): boolean {
  return !table.fields.some((field) => (field.primaryKey === true || field.unique === true) && field.type === 'date');
}
