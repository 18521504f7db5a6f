import type { Comparison } from '../model/descriptor';

// A quality rule accepts a measured value when it falls in a set of numbers; comparing the
// sets of two versions of a rule tells whether it was loosened or tightened, whatever the
// metric and whichever operators the two versions use.

interface Bound {
  value: number;
  inclusive: boolean;
}

interface Interval {
  low: Bound;
  high: Bound;
}

const OPEN_BELOW: Bound = { value: -Infinity, inclusive: false };
const OPEN_ABOVE: Bound = { value: Infinity, inclusive: false };

/** The values a comparison accepts, as disjoint intervals. */
export function acceptedValues(comparison: Comparison): Interval[] {
  const at = (value: number, inclusive: boolean): Bound => ({ value, inclusive });
  if (comparison.mustBe !== undefined) return [{ low: at(comparison.mustBe, true), high: at(comparison.mustBe, true) }];
  if (comparison.mustNotBe !== undefined) {
    return [
      { low: OPEN_BELOW, high: at(comparison.mustNotBe, false) },
      { low: at(comparison.mustNotBe, false), high: OPEN_ABOVE },
    ];
  }
  if (comparison.mustBeGreaterThan !== undefined)
    return [{ low: at(comparison.mustBeGreaterThan, false), high: OPEN_ABOVE }];
  if (comparison.mustBeGreaterOrEqualTo !== undefined) {
    return [{ low: at(comparison.mustBeGreaterOrEqualTo, true), high: OPEN_ABOVE }];
  }
  if (comparison.mustBeLessThan !== undefined) return [{ low: OPEN_BELOW, high: at(comparison.mustBeLessThan, false) }];
  if (comparison.mustBeLessOrEqualTo !== undefined) {
    return [{ low: OPEN_BELOW, high: at(comparison.mustBeLessOrEqualTo, true) }];
  }
  const [low, high] = comparison.mustBeBetween ?? [-Infinity, Infinity];
  return [{ low: at(low, true), high: at(high, true) }];
}

/**
 * Whether every value `inner` accepts, `outer` accepts too. An interval is connected, so it
 * lies inside a union of disjoint intervals only if it lies inside one of them.
 */
export function acceptsNoMoreThan(inner: readonly Interval[], outer: readonly Interval[]): boolean {
  return inner.every((part) => outer.some((whole) => contains(whole, part)));
}

function contains(whole: Interval, part: Interval): boolean {
  const lowOk =
    whole.low.value < part.low.value ||
    (whole.low.value === part.low.value && (whole.low.inclusive || !part.low.inclusive));
  const highOk =
    whole.high.value > part.high.value ||
    (whole.high.value === part.high.value && (whole.high.inclusive || !part.high.inclusive));
  return lowOk && highOk;
}
