// Freshness delays: `24h`-style shorthand or ISO 8601 durations limited to weeks, days, hours,
// minutes and seconds. Months and years are left out on purpose: they have no fixed length,
// and a freshness objective must be a fixed number of milliseconds to be measured.

const SECOND = 1000;
/** Milliseconds per unit: the shorthand units, and weeks for ISO 8601. */
export const UNIT_MS = { s: SECOND, m: 60 * SECOND, h: 3600 * SECOND, d: 86400 * SECOND, w: 7 * 86400 * SECOND };
export type ShorthandUnit = 's' | 'm' | 'h' | 'd';

const SHORTHAND = /^([1-9][0-9]*)([smhd])$/;
const ISO = /^P(?=[0-9]|T[0-9])(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$/;

/** Milliseconds of a delay, or undefined when it is neither shorthand nor a supported ISO duration. */
export function durationMs(text: string): number | undefined {
  const shorthand = SHORTHAND.exec(text);
  if (shorthand) return Number(shorthand[1]) * UNIT_MS[shorthand[2] as ShorthandUnit];
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  const [, weeks, days, hours, minutes, seconds] = iso.map(Number);
  return (
    (weeks || 0) * UNIT_MS.w +
    (days || 0) * UNIT_MS.d +
    (hours || 0) * UNIT_MS.h +
    (minutes || 0) * UNIT_MS.m +
    (seconds || 0) * UNIT_MS.s
  );
}

export interface DurationParts {
  value: number;
  unit: ShorthandUnit;
}

/** A delay as a number and a unit: as written when shorthand, in the largest exact unit when ISO 8601. */
export function durationParts(text: string): DurationParts | undefined {
  const shorthand = SHORTHAND.exec(text);
  if (shorthand) return { value: Number(shorthand[1]), unit: shorthand[2] as ShorthandUnit };
  const ms = durationMs(text);
  return ms === undefined ? undefined : largestUnit(ms);
}

/** The shorthand spelling (such as 90m) of a whole number of seconds, in the largest exact unit. */
export function shorthandDuration(ms: number): string {
  const { value, unit } = largestUnit(ms);
  return `${value}${unit}`;
}

function largestUnit(ms: number): DurationParts {
  const unit = (['d', 'h', 'm', 's'] as const).find((candidate) => ms % UNIT_MS[candidate] === 0) ?? 's';
  return { value: ms / UNIT_MS[unit], unit };
}
