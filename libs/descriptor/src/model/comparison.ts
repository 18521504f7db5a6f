import type { Comparison } from './descriptor';

/** The comparison operators of a quality rule, in ODCS's order. */
export const COMPARISON_KEYS: readonly (keyof Comparison)[] = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
];

/** Just the comparison of a rule (or of anything carrying comparison keys). */
export function comparisonOf(rule: object): Comparison {
  const source = rule as Record<string, unknown>;
  return Object.fromEntries(COMPARISON_KEYS.filter((key) => key in source).map((key) => [key, source[key]]));
}
