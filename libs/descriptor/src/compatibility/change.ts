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

/** A patch change when a documentation-only value differs. */
export function patchIfChanged(previous: unknown, next: unknown, pointer: string, what: string): ContractChange[] {
  return JSON.stringify(previous) === JSON.stringify(next) ? [] : [change('patch', pointer, `${what} changed`)];
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
