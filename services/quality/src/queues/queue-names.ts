/**
 * BullMQ queue and job names: frozen wire names, since renaming one strands the work already queued under it.
 * Keys are put under `<MESH_TOPIC_PREFIX>bull`, so that test runs and shared Redis servers stay apart.
 */
export const QUEUES = {
  /** One job per data-published event: check that snapshot against the port's rules. */
  checks: 'quality-checks',
  /** A repeatable job comparing every monitored port's freshness with its SLA. */
  freshness: 'quality-freshness',
} as const;

export const JOBS = {
  checkSnapshot: 'check-snapshot',
  sweepFreshness: 'sweep-freshness',
} as const;

export function queuePrefix(topicPrefix: string): string {
  return `${topicPrefix}bull`;
}
