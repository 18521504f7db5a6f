/** How a change affects consumers: breaking needs a major version, minor a minor, patch a patch. */
export type ChangeLevel = 'breaking' | 'minor' | 'patch';

export interface ContractChange {
  level: ChangeLevel;
  /** Where the change is: in the next descriptor, or in the previous one for what was removed. */
  pointer: string;
  /** What changed and, for breaking changes, why consumers are affected. */
  reason: string;
}

export const change = (level: ChangeLevel, pointer: string, reason: string): ContractChange => ({
  level,
  pointer,
  reason,
});

/**
 * Whether two JSON values are the same, whatever the order of their objects' keys: a descriptor read back from a
 * Postgres jsonb column has its keys reordered, and is still the same descriptor.
 */
export function sameJson(previous: unknown, next: unknown): boolean {
  return JSON.stringify(canonical(previous)) === JSON.stringify(canonical(next));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, canonical(item)]),
  );
}

/** A patch change when a documentation-only value differs. */
export function patchIfChanged(previous: unknown, next: unknown, pointer: string, what: string): ContractChange[] {
  return sameJson(previous, next) ? [] : [change('patch', pointer, `${what} changed`)];
}

/**
 * Classifies a move along an ordered scale (a delay, a percentage, a sensitivity level): a
 * move in the compatible direction gives consumers at least what they had (minor), a move
 * the other way takes something away (breaking).
 */
export function directionalChange(
  previousRank: number,
  nextRank: number,
  pointer: string,
  what: string,
  compatibleDirection: 'up' | 'down',
): ContractChange[] {
  if (previousRank === nextRank) return [];
  const compatible = nextRank > previousRank === (compatibleDirection === 'up');
  return [change(compatible ? 'minor' : 'breaking', pointer, what)];
}
