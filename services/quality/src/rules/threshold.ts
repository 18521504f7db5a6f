import type { Comparison } from '@mesh/descriptor';

/** The ODCS v3.1 comparison operators; mustNotBeBetween is ODCS's, though our descriptor does not offer it yet. */
export type ThresholdOperator =
  | 'mustBe'
  | 'mustNotBe'
  | 'mustBeGreaterThan'
  | 'mustBeGreaterOrEqualTo'
  | 'mustBeLessThan'
  | 'mustBeLessOrEqualTo'
  | 'mustBeBetween'
  | 'mustNotBeBetween';

export type Threshold =
  | { operator: Exclude<ThresholdOperator, 'mustBeBetween' | 'mustNotBeBetween'>; value: number }
  | { operator: 'mustBeBetween' | 'mustNotBeBetween'; value: [number, number] };

export type ComparisonFields = Comparison & { mustNotBeBetween?: [number, number] };

const SINGLE = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
] as const;
const RANGES = ['mustBeBetween', 'mustNotBeBetween'] as const;

/** The one comparison a rule carries (the descriptor schema makes sure there is exactly one). */
export function thresholdOf(rule: ComparisonFields): Threshold {
  for (const operator of SINGLE) {
    const value = rule[operator];
    if (value !== undefined) return { operator, value };
  }
  for (const operator of RANGES) {
    const value = rule[operator];
    if (value !== undefined) return { operator, value };
  }
  throw new Error('a quality rule without a comparison');
}

/** Whether the observed value meets the threshold; bounds of a range are included, as in ODCS. */
export function meets(threshold: Threshold, observed: number): boolean {
  switch (threshold.operator) {
    case 'mustBe':
      return observed === threshold.value;
    case 'mustNotBe':
      return observed !== threshold.value;
    case 'mustBeGreaterThan':
      return observed > threshold.value;
    case 'mustBeGreaterOrEqualTo':
      return observed >= threshold.value;
    case 'mustBeLessThan':
      return observed < threshold.value;
    case 'mustBeLessOrEqualTo':
      return observed <= threshold.value;
    case 'mustBeBetween':
      return observed >= threshold.value[0] && observed <= threshold.value[1];
    case 'mustNotBeBetween':
      return observed < threshold.value[0] || observed > threshold.value[1];
  }
}

const WORDS: Record<ThresholdOperator, string> = {
  mustBe: 'must be',
  mustNotBe: 'must not be',
  mustBeGreaterThan: 'must be greater than',
  mustBeGreaterOrEqualTo: 'must be at least',
  mustBeLessThan: 'must be less than',
  mustBeLessOrEqualTo: 'must be at most',
  mustBeBetween: 'must be between',
  mustNotBeBetween: 'must not be between',
};

/** The threshold in words, e.g. "must be between 1 and 5". */
export function describeThreshold(threshold: Threshold): string {
  const value = Array.isArray(threshold.value) ? `${threshold.value[0]} and ${threshold.value[1]}` : threshold.value;
  return `${WORDS[threshold.operator]} ${value}`;
}

/** The single number the check-completed event carries as the limit; a range has none. */
export function thresholdLimit(threshold: Threshold): number | null {
  return Array.isArray(threshold.value) ? null : threshold.value;
}
