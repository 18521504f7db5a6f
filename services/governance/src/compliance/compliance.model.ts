import type { ComplianceFigures } from './compliance.repository';

/** One day's recorded figures of a domain (or OVERALL). */
export interface SnapshotPoint {
  day: string;
  domain: string;
  products: number;
  passing: number;
  openViolations: number;
}

/** The share of passing versions, to four decimals; an empty scope passes. */
export function passRate(passing: number, products: number): number {
  return products === 0 ? 1 : Math.round((passing / products) * 10_000) / 10_000;
}

/** A domain's (or the overall) figures as the report shows them, with its trend from the snapshots. */
export function complianceView(figure: ComplianceFigures, snapshots: readonly SnapshotPoint[]) {
  return {
    products: figure.products,
    passing: figure.passing,
    passRate: passRate(figure.passing, figure.products),
    openViolations: { total: figure.blocking + figure.warning, blocking: figure.blocking, warning: figure.warning },
    trend: snapshots
      .filter((point) => point.domain === figure.domain)
      .map((point) => ({
        day: point.day,
        passRate: passRate(point.passing, point.products),
        openViolations: point.openViolations,
      })),
  };
}
