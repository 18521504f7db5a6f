import { isSafeNumber, parse } from 'lossless-json';
import { randomBytes } from 'node:crypto';

/**
 * JSON with 64-bit integers kept exact. Iceberg snapshot ids use all 64 bits, and JSON.parse would round them to
 * the nearest double, so a client's snapshot would be recorded under another id. Integers beyond 2^53 become
 * bigints, every other number stays a number; `toJson` writes bigints back as plain JSON integers.
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (value: string) => {
    if (isSafeNumber(value)) return Number(value);
    return /^-?\d+$/.test(value) ? BigInt(value) : Number(value);
  });
}

/**
 * Bigints are written as a marker string that no JSON text from elsewhere can contain (a random nonce per process),
 * then unquoted: JSON.stringify stays native (metadata documents are written on every commit), and no string value
 * is ever touched.
 */
const MARKER = `@bigint-${randomBytes(8).toString('hex')}:`;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;
const MARKED = new RegExp(`"${MARKER}(-?\\d+)"`, 'g');

export function toJson(value: unknown): string {
  let marked = false;
  const text = JSON.stringify(value, (_key, entry: unknown) => {
    if (typeof entry !== 'bigint') return entry;
    // Most ids fit a double exactly and are written natively; only the others need the marker.
    if (entry <= MAX_SAFE && entry >= MIN_SAFE) return Number(entry);
    marked = true;
    return `${MARKER}${entry.toString()}`;
  });
  if (text === undefined) throw new Error('value cannot be written as JSON');
  return marked ? text.replace(MARKED, '$1') : text;
}
