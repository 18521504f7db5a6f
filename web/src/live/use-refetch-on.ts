import { useEffect, useRef } from 'react';

/**
 * Calls `refetch` when `signal` changes (a live event arrived), at most once per `intervalMs`: a burst of events
 * (a policy change re-evaluates every product) makes one refetch, not hundreds.
 */
export function useRefetchOn(signal: unknown, refetch: () => void, intervalMs = 1000): void {
  const first = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (timer.current !== null) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, intervalMs);
  }, [signal, intervalMs]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
}
