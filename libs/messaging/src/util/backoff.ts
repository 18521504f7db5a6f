export interface BackoffSchedule {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Delay after the n-th consecutive failure: base·2^(n-1), capped at max. No jitter: each retry
 * loop is one message or one relay, so there is no herd of clients to spread out.
 */
export function backoffDelay(failures: number, schedule: BackoffSchedule): number {
  return Math.min(schedule.maxDelayMs, schedule.baseDelayMs * 2 ** (failures - 1));
}
