// Field types, spelled like Iceberg's so that a contract maps onto a table without a
// translation table of its own:
//
//   type   := primitive | decimal(P, S) | array<type> | struct<field, ...>
//   field  := snake_case_name: type
//
// Maps are left out: ODCS has no logical type for them.

export const PRIMITIVE_TYPES = [
  'string',
  'integer',
  'long',
  'float',
  'double',
  'boolean',
  'date',
  'timestamp',
  'timestamptz',
  'uuid',
  'binary',
] as const;
export type PrimitiveTypeName = (typeof PRIMITIVE_TYPES)[number];

/** The Iceberg primitive a contract primitive is stored as: the same word, but Iceberg calls `integer` `int`. */
export function icebergPrimitive(name: PrimitiveTypeName): string {
  return name === 'integer' ? 'int' : name;
}

export const MAX_DECIMAL_PRECISION = 38;

export type FieldType =
  | { kind: 'primitive'; name: PrimitiveTypeName }
  | { kind: 'decimal'; precision: number; scale: number }
  | { kind: 'array'; element: FieldType }
  | { kind: 'struct'; fields: StructField[] };

export interface StructField {
  name: string;
  type: FieldType;
}

export type ParsedFieldType = { ok: true; type: FieldType } | { ok: false; message: string };

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

class FieldTypeSyntaxError extends Error {}

/** Reads a type string; the message of a failure says what was expected and where. */
export function parseFieldType(text: string): ParsedFieldType {
  const reader = new TypeReader(text);
  try {
    const type = reader.type();
    reader.end();
    return { ok: true, type };
  } catch (error) {
    if (error instanceof FieldTypeSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The type of a field of a validated descriptor, where every type is known to parse. */
export function validatedFieldType(field: { name: string; type: string }): FieldType {
  const parsed = parseFieldType(field.type);
  if (!parsed.ok)
    throw new Error(`field '${field.name}' has an invalid type (validate the descriptor first): ${parsed.message}`);
  return parsed.type;
}

/** The canonical spelling: no spaces except after struct commas and colons. */
export function formatFieldType(type: FieldType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name;
    case 'decimal':
      return `decimal(${type.precision},${type.scale})`;
    case 'array':
      return `array<${formatFieldType(type.element)}>`;
    case 'struct':
      return `struct<${type.fields.map((field) => `${field.name}: ${formatFieldType(field.type)}`).join(', ')}>`;
  }
}

class TypeReader {
  private position = 0;

  constructor(private readonly text: string) {}

  type(): FieldType {
    const word = this.word();
    if (word === 'decimal') return this.decimal();
    if (word === 'array') {
      this.expect('<');
      const element = this.type();
      this.expect('>');
      return { kind: 'array', element };
    }
    if (word === 'struct') return this.struct();
    if ((PRIMITIVE_TYPES as readonly string[]).includes(word))
      return { kind: 'primitive', name: word as PrimitiveTypeName };
    throw this.error(
      `unknown type '${word}'; expected one of ${PRIMITIVE_TYPES.join(', ')}, decimal(p,s), array<type> or struct<name: type, ...>`,
    );
  }

  end(): void {
    this.skipSpaces();
    if (this.position < this.text.length)
      throw this.error(`unexpected '${this.text.slice(this.position)}' after the type`);
  }

  private decimal(): FieldType {
    this.expect('(');
    const precision = this.integer();
    this.expect(',');
    const scale = this.integer();
    this.expect(')');
    if (precision < 1 || precision > MAX_DECIMAL_PRECISION) {
      throw this.error(`decimal precision must be 1 to ${MAX_DECIMAL_PRECISION}, got ${precision}`);
    }
    if (scale > precision) throw this.error(`decimal scale must be 0 to the precision (${precision}), got ${scale}`);
    return { kind: 'decimal', precision, scale };
  }

  private struct(): FieldType {
    this.expect('<');
    const fields: StructField[] = [];
    do {
      const name = this.word();
      if (!SNAKE_CASE.test(name)) throw this.error(`struct field name '${name}' must be snake_case`);
      if (fields.some((field) => field.name === name)) throw this.error(`struct field '${name}' appears twice`);
      this.expect(':');
      fields.push({ name, type: this.type() });
    } while (this.accept(','));
    this.expect('>');
    return { kind: 'struct', fields };
  }

  private word(): string {
    this.skipSpaces();
    const match = /^[A-Za-z0-9_]+/.exec(this.text.slice(this.position));
    if (!match) throw this.error(`expected a name at position ${this.position + 1}${this.found()}`);
    this.position += match[0].length;
    return match[0];
  }

  private integer(): number {
    this.skipSpaces();
    const match = /^[0-9]+/.exec(this.text.slice(this.position));
    if (!match) throw this.error(`expected a number at position ${this.position + 1}${this.found()}`);
    this.position += match[0].length;
    return Number(match[0]);
  }

  private accept(symbol: string): boolean {
    this.skipSpaces();
    if (this.text[this.position] !== symbol) return false;
    this.position += 1;
    return true;
  }

  private expect(symbol: string): void {
    if (!this.accept(symbol)) throw this.error(`expected '${symbol}' at position ${this.position + 1}${this.found()}`);
  }

  private found(): string {
    return this.position < this.text.length ? `, found '${this.text[this.position]}'` : ', found the end';
  }

  private skipSpaces(): void {
    while (this.text[this.position] === ' ') this.position += 1;
  }

  private error(message: string): FieldTypeSyntaxError {
    return new FieldTypeSyntaxError(message);
  }
}
