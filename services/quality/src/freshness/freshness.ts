/** Where a port stands against its freshness objective. */
export type FreshnessVerdict =
  | { kind: 'breached'; ageMs: number; breachedSince: Date }
  | { kind: 'restored'; ageMs: number; breachDurationMs: number }
  | { kind: 'unchanged'; ageMs: number };

export interface PortFreshness {
  maxDelayMs: number;
  /** The last publication, or when the version was published if the port never received data. */
  lastDataAt: Date;
  breachedSince: Date | null;
  now: Date;
}

/**
 * Compares a port's data age with its objective. A breach starts when the objective was first missed — the last
 * publication plus the allowed delay — not when it was noticed, so the record does not depend on how often the
 * monitor looks.
 */
export function judgeFreshness(port: PortFreshness): FreshnessVerdict {
  const ageMs = port.now.getTime() - port.lastDataAt.getTime();
  const late = ageMs > port.maxDelayMs;
  if (late && port.breachedSince === null) {
    return { kind: 'breached', ageMs, breachedSince: new Date(port.lastDataAt.getTime() + port.maxDelayMs) };
  }
  if (!late && port.breachedSince !== null) {
    return { kind: 'restored', ageMs, breachDurationMs: port.now.getTime() - port.breachedSince.getTime() };
  }
  return { kind: 'unchanged', ageMs };
}
