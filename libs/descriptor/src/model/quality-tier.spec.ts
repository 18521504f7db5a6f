import { qualityTier } from './quality-tier';

describe('qualityTier', () => {
  it.each([
    [null, 'unrated'],
    [1, 'gold'],
    [0.95, 'gold'],
    [0.94, 'silver'],
    [0.9, 'silver'],
    [0.8, 'silver'],
    [0.79, 'bronze'],
    [0.5, 'bronze'],
    [0, 'bronze'],
  ] as const)('%s is %s', (score, tier) => {
    expect(qualityTier(score)).toBe(tier);
  });
});
