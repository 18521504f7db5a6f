import { InvalidArgumentError } from 'commander';
import { parseDuration } from './output/time';

/** A product named on the command line: `domain/name`, with `@version` where a command takes one. */
export interface ProductRef {
  domain: string;
  name: string;
  version?: string;
}

const PRODUCT_REF = /^([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)(?:@([0-9][0-9A-Za-z.+-]*))?$/;

/** Commander argument parser for `domain/name[@version]`; a malformed one is a usage error (exit 2). */
export function parseProductRef(text: string): ProductRef {
  const match = PRODUCT_REF.exec(text.trim());
  if (match === null) throw new InvalidArgumentError(`expected domain/name or domain/name@version, got "${text}"`);
  return match[3] === undefined
    ? { domain: match[1], name: match[2] }
    : { domain: match[1], name: match[2], version: match[3] };
}

/** `domain/name` without a version: for commands about a product as a whole. */
export function parseProductName(text: string): ProductRef {
  const ref = parseProductRef(text);
  if (ref.version !== undefined)
    throw new InvalidArgumentError(`expected domain/name without a version, got "${text}"`);
  return ref;
}

export function formatProductRef(ref: ProductRef): string {
  return ref.version === undefined ? `${ref.domain}/${ref.name}` : `${ref.domain}/${ref.name}@${ref.version}`;
}

/** A positive whole number option (`--depth 3`, `--limit 50`). */
export function parsePositiveInt(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new InvalidArgumentError(`expected a whole number above 0, got "${text}"`);
  return value;
}

/** A positive number option (`--rate 0.5`). */
export function parsePositiveNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new InvalidArgumentError(`expected a number above 0, got "${text}"`);
  return value;
}

/** An instant given as an ISO date or date-time, or as a duration from now (`90d`, `12h`). */
export function parseInstant(text: string, now: Date = new Date()): string {
  const duration = parseDuration(text);
  if (duration !== undefined) return new Date(now.getTime() + duration).toISOString();
  const at = Date.parse(text);
  if (Number.isNaN(at))
    throw new InvalidArgumentError(`expected a date (2026-12-31), a date-time or a duration (90d), got "${text}"`);
  return new Date(at).toISOString();
}

/** A GraphQL enum value from what a user types: `open` → `OPEN`, `product-version` → `PRODUCT_VERSION`. */
export function enumValue(text: string): string {
  return text.trim().toUpperCase().replace(/-/g, '_');
}
