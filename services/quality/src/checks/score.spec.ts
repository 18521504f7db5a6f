import { qualityScore, versionScore } from './score';

describe('qualityScore', () => {
  it('weighs a blocking rule twice a warning', () => {
    expect(
      qualityScore([
        { severity: 'blocking', outcome: 'pass' },
        { severity: 'blocking', outcome: 'fail' },
        { severity: 'warning', outcome: 'pass' },
        { severity: 'warning', outcome: 'warn' },
      ]),
    ).toBeCloseTo(3 / 6);
  });

  it('counts a rule that could not run as not passed', () => {
    expect(
      qualityScore([
        { severity: 'warning', outcome: 'error' },
        { severity: 'blocking', outcome: 'pass' },
      ]),
    ).toBeCloseTo(2 / 3);
  });

  it('is 1 without rules', () => {
    expect(qualityScore([])).toBe(1);
  });
});

describe('versionScore', () => {
  it('is null before any check, and the weighted share of passed rules after', () => {
    expect(versionScore([])).toBeNull();
    expect(
      versionScore([
        { severity: 'blocking', outcome: 'fail' },
        { severity: 'warning', outcome: 'pass' },
      ]),
    ).toBeCloseTo(1 / 3);
  });
});
