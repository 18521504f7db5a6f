import { judgeFreshness } from './freshness';

const at = (ms: number) => new Date(1_764_300_000_000 + ms);

describe('judgeFreshness', () => {
  it('dates a breach from when the objective was missed, not from when it was noticed', () => {
    expect(judgeFreshness({ maxDelayMs: 2000, lastDataAt: at(0), breachedSince: null, now: at(2600) })).toEqual({
      kind: 'breached',
      ageMs: 2600,
      breachedSince: at(2000),
    });
  });

  it('keeps a fresh port and an ongoing breach as they are', () => {
    expect(judgeFreshness({ maxDelayMs: 2000, lastDataAt: at(0), breachedSince: null, now: at(2000) }).kind).toBe(
      'unchanged',
    );
    expect(judgeFreshness({ maxDelayMs: 2000, lastDataAt: at(0), breachedSince: at(2000), now: at(9000) }).kind).toBe(
      'unchanged',
    );
  });

  it('restores a breached port once data is recent again, with how long the breach lasted', () => {
    expect(judgeFreshness({ maxDelayMs: 2000, lastDataAt: at(8000), breachedSince: at(2000), now: at(8500) })).toEqual({
      kind: 'restored',
      ageMs: 500,
      breachDurationMs: 6500,
    });
  });
});
