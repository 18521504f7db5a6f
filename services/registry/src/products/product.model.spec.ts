import { highest, isReadable } from './product.model';

describe('the product model', () => {
  it('takes the highest version by semantic version, not by text or proposal order', () => {
    const versions = ['1.10.0', '1.9.3', '2.0.0-rc.1', '1.2.0'].map((version) => ({ version }));
    expect(highest(versions)?.version).toBe('2.0.0-rc.1');
    expect(highest(versions.slice(0, 2))?.version).toBe('1.10.0');
    expect(highest([])).toBeUndefined();
  });

  it('reads published versions, and deprecated ones until their sunset', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const later = new Date('2030-01-02T00:00:00Z');
    expect(isReadable({ state: 'published', sunsetAt: null }, now)).toBe(true);
    expect(isReadable({ state: 'deprecated', sunsetAt: later }, now)).toBe(true);
    expect(isReadable({ state: 'deprecated', sunsetAt: now }, now)).toBe(false);
    for (const state of ['proposed', 'approved', 'provisioning', 'rejected', 'retired'] as const) {
      expect(isReadable({ state, sunsetAt: later }, now)).toBe(false);
    }
  });
});
