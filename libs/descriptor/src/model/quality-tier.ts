/** The tiers a quality score puts a product in, as the quality and search APIs (and the gateway) name them. */
export const QUALITY_TIERS = ['gold', 'silver', 'bronze', 'unrated'] as const;
export type QualityTier = (typeof QUALITY_TIERS)[number];

/**
 * The tier of a score from 0 to 1, or of none: one function, so that the quality service's scores and the search
 * index's facets never disagree about a product.
 */
export function qualityTier(score: number | null): QualityTier {
  if (score === null) return 'unrated';
  if (score >= 0.95) return 'gold';
  if (score >= 0.8) return 'silver';
  return 'bronze';
}
