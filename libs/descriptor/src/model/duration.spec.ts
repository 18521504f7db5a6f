import { durationMs, durationParts, shorthandDuration } from './duration';

describe('durations', () => {
  it.each([
    ['45s', 45_000],
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['2d', 172_800_000],
    ['PT1H30M', 5_400_000],
    ['P1W', 604_800_000],
    ['P1DT12H', 129_600_000],
  ])('%s lasts %d ms', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each(['24', 'h', '1.5h', 'P1M', 'P1Y', 'PT', 'P'])('%s is not a supported delay', (text) => {
    expect(durationMs(text)).toBeUndefined();
  });

  it('keeps shorthand as written and expresses ISO durations in their largest exact unit', () => {
    expect(durationParts('24h')).toEqual({ value: 24, unit: 'h' });
    expect(durationParts('PT48H')).toEqual({ value: 2, unit: 'd' });
    expect(shorthandDuration(5_400_000)).toBe('90m');
  });
});
