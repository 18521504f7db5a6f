/** String literals (skipped whole, so digits inside them are never touched) and number literals of JSON text. */
const LITERALS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** Integers longer than 15 digits may not survive as JavaScript numbers (2^53 has 16). */
const LONG_INTEGER = /^-?\d{16,}$/;

/**
 * Iceberg metadata JSON, with every integer too large for a JavaScript number kept as a string. Snapshot ids use
 * all 64 bits, and JSON.parse would round them, so that the snapshot an event names would never be found.
 */
export function parseIcebergJson(text: string): unknown {
  return JSON.parse(text.replace(LITERALS, (literal) => (LONG_INTEGER.test(literal) ? `"${literal}"` : literal)));
}
