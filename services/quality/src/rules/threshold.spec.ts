import { describeThreshold, meets, thresholdLimit, thresholdOf, type Threshold } from './threshold';

describe('thresholds', () => {
  it('takes the one comparison a rule carries', () => {
    expect(thresholdOf({ mustBeLessOrEqualTo: 5 })).toEqual({ operator: 'mustBeLessOrEqualTo', value: 5 });
    expect(thresholdOf({ mustNotBeBetween: [1, 2] })).toEqual({ operator: 'mustNotBeBetween', value: [1, 2] });
    expect(() => thresholdOf({})).toThrow('a quality rule without a comparison');
  });

  const cases: [Threshold, number, number][] = [
    [{ operator: 'mustBe', value: 0 }, 0, 1],
    [{ operator: 'mustNotBe', value: 0 }, 1, 0],
    [{ operator: 'mustBeGreaterThan', value: 0 }, 1, 0],
    [{ operator: 'mustBeGreaterOrEqualTo', value: 1 }, 1, 0],
    [{ operator: 'mustBeLessThan', value: 1 }, 0, 1],
    [{ operator: 'mustBeLessOrEqualTo', value: 1 }, 1, 2],
    [{ operator: 'mustBeBetween', value: [1, 3] }, 3, 4],
    [{ operator: 'mustNotBeBetween', value: [1, 3] }, 4, 3],
  ];

  it.each(cases)('%j holds for %d and not for %d', (threshold, passing, failing) => {
    expect(meets(threshold, passing)).toBe(true);
    expect(meets(threshold, failing)).toBe(false);
  });

  it('describes itself in words, and gives events a single limit when it has one', () => {
    expect(describeThreshold({ operator: 'mustBeBetween', value: [1, 5] })).toBe('must be between 1 and 5');
    expect(describeThreshold({ operator: 'mustBeGreaterOrEqualTo', value: 2 })).toBe('must be at least 2');
    expect(thresholdLimit({ operator: 'mustBeBetween', value: [1, 5] })).toBeNull();
    expect(thresholdLimit({ operator: 'mustBe', value: 0 })).toBe(0);
  });
});
