import { Type } from 'avsc';
import { createHash } from 'node:crypto';

/** An Avro schema that avsc accepted, with the one text form the registry stores, compares and hashes. */
export interface AvroSchema {
  /** The schema's JSON without whitespace and with object keys sorted. */
  canonical: string;
  /** SHA-256 of `canonical` in hex: the key that gives equal schemas one id. */
  fingerprint: string;
  type: Type;
}

/** The text is not JSON, or avsc refused it; the message is the parser's own. */
export class InvalidAvroSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAvroSchemaError';
  }
}

/**
 * Validates an Avro schema and puts it in canonical form, so that texts differing only in layout or key order
 * share an id. The form is built from the JSON, not from avsc's own stringification: that one drops logical
 * types, docs and defaults, so it would give one id to schemas that resolve differently, and would hand clients
 * back a schema without its logical types.
 */
export function parseAvroSchema(text: string): AvroSchema {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidAvroSchemaError(`not JSON: ${(error as Error).message}`);
  }
  let type: Type;
  try {
    // Avro requires names on records, enums and fixed types, and Java clients reject nameless ones; avsc accepts
    // them unless told otherwise. A fresh options object each time: avsc records named types in it.
    type = Type.forSchema(json as Parameters<typeof Type.forSchema>[0], { noAnonymousTypes: true });
  } catch (error) {
    throw new InvalidAvroSchemaError((error as Error).message);
  }
  const canonical = JSON.stringify(sortKeys(json));
  return { canonical, fingerprint: createHash('sha256').update(canonical).digest('hex'), type };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
