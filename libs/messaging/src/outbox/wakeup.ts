/**
 * A latch between notifications and the relay loop (its only waiter). A wake that arrives while
 * the loop is busy is remembered, so the loop never sleeps through rows committed meanwhile.
 */
export class Wakeup {
  private pending = false;
  private waiter: (() => void) | undefined;

  wake(): void {
    this.pending = true;
    this.waiter?.();
  }

  /** Forgets earlier wakes; called right before looking at the table. */
  reset(): void {
    this.pending = false;
  }

  /** Resolves on the next wake (at once if one is pending) or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve();
      }, timeoutMs);
      this.waiter = () => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve();
      };
    });
  }
}
