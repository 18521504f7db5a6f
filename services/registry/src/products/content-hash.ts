import { createHash } from 'node:crypto';

/**
 * SHA-256 of a JSON value's canonical text: object keys sorted at every level, no whitespace. YAML or JSON,
 * key order, comments and formatting then make no difference, so re-applying an unchanged descriptor is
 * recognised as such. Array order is kept: it is part of the content (field order is the column order).
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
