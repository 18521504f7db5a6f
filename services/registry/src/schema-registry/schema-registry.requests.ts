import { Body, Param, Query } from '@nestjs/common';
import { parseInput } from '@mesh/platform';
import { z } from 'zod';
import { CompatibilityLevel, COMPATIBILITY_LEVELS, isCompatibilityLevel } from './compatibility';
import { SchemaRegistryError } from './schema-registry.errors';
import type { SchemaInput, VersionRef } from './schema-registry.service';

// Parsing of what clients send; a malformed part becomes a 4xx that names it.

const MAX_ID = 2 ** 31 - 1;
const MAX_SUBJECT_BYTES = 1000;
const NEEDS_JSON = 'a JSON body is required (Content-Type application/vnd.schemaregistry.v1+json or application/json)';

// Unknown fields are ignored rather than refused: newer Confluent clients send extras such as `metadata`.
const schemaBody = z.object(
  {
    schema: z.string({ required_error: 'is required' }).min(1, 'must not be empty'),
    schemaType: z.string().optional(),
    references: z.array(z.unknown()).optional(),
  },
  { required_error: NEEDS_JSON },
);

const compatibilityBody = z.object(
  { compatibility: z.string({ required_error: 'is required' }) },
  { required_error: NEEDS_JSON },
);

export function parseSchemaBody(body: unknown): SchemaInput {
  return parseInput(schemaBody, body);
}

export function parseCompatibilityBody(body: unknown): CompatibilityLevel {
  const { compatibility } = parseInput(compatibilityBody, body);
  if (!isCompatibilityLevel(compatibility)) {
    throw new SchemaRegistryError(
      'invalid_compatibility_level',
      `Invalid compatibility level "${compatibility}" in /compatibility: expected one of ${COMPATIBILITY_LEVELS.join(', ')}`,
    );
  }
  return compatibility;
}

/**
 * Subject names are free-form, as in Confluent, but they end up in logs and messages (no control characters) and
 * in a b-tree key (bounded length; a Postgres index entry holds under 2.7 kB).
 */
export function parseSubject(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (raw === '' || Buffer.byteLength(raw) > MAX_SUBJECT_BYTES || /[\u0000-\u001f\u007f]/.test(raw)) {
    throw new SchemaRegistryError(
      'invalid_request',
      `subject must be 1 to ${MAX_SUBJECT_BYTES} bytes long and free of control characters`,
    );
  }
  return raw;
}

/** A version number, or `latest` (also spelled -1, as Confluent allows). */
export function parseVersion(raw: string): VersionRef {
  if (raw === 'latest' || raw === '-1') return 'latest';
  const version = positiveInt32(raw);
  if (version === undefined) {
    throw new SchemaRegistryError(
      'invalid_version',
      `The specified version "${raw}" is not a valid version id: expected an integer from 1 to ${MAX_ID}, or "latest"`,
    );
  }
  return version;
}

export function parseSchemaId(raw: string): number {
  const id = positiveInt32(raw);
  if (id === undefined) {
    throw new SchemaRegistryError('invalid_request', `schema id "${raw}" is not an integer from 1 to ${MAX_ID}`);
  }
  return id;
}

/** Versions and ids are positive 4-byte integers, as in Confluent's wire format. */
function positiveInt32(raw: string): number | undefined {
  const value = /^[0-9]{1,10}$/.test(raw) ? Number(raw) : 0;
  return value >= 1 && value <= MAX_ID ? value : undefined;
}

/** A boolean query parameter: absent is false. */
export function parseFlag(name: string, raw: unknown): boolean {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new SchemaRegistryError('invalid_request', `query parameter ${name} must be true or false`);
}

// Parameter decorators, so that handlers receive parsed values.
export const SubjectParam = () => Param('subject', { transform: parseSubject });
export const VersionParam = () => Param('version', { transform: parseVersion });
export const SchemaIdParam = () => Param('id', { transform: parseSchemaId });
export const SchemaBody = () => Body({ transform: parseSchemaBody });
export const CompatibilityBody = () => Body({ transform: parseCompatibilityBody });
export const FlagQuery = (name: string) => Query(name, { transform: (raw: unknown) => parseFlag(name, raw) });
