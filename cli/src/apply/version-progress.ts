/** A product version being followed: `domain/name@version`. */
export interface VersionRef {
  domain: string;
  name: string;
  version: string;
}

/** The lifecycle stages a version goes through on its way to consumers, in order. */
export const STAGES = ['PROPOSED', 'APPROVED', 'PROVISIONING', 'PUBLISHED', 'DEPRECATED', 'RETIRED'] as const;
export type Stage = (typeof STAGES)[number];

/** A version refused by governance, with the message of each failed policy. */
export class RejectedError extends Error {
  constructor(readonly reasons: readonly string[]) {
    super('rejected by governance');
  }
}

/** What a port's provisioning went through so far, for display while it retries. */
export interface PortAttempt {
  attempts: number;
  reason: string;
}

/**
 * How far one version has come, learnt from the lifecycle and provisioning events and from polls of its state
 * (which catch up on anything the events did not say: a version already published, an event lost in a restart).
 * Reaching a stage implies every earlier one; a rejection ends every wait with the reasons.
 */
export class VersionProgress {
  private reached = -1;
  private rejection: RejectedError | undefined;
  private failure: Error | undefined;
  private readonly provisioned = new Set<string>();
  private readonly attempts = new Map<string, PortAttempt>();
  private readonly reachedAt = new Map<Stage, number>();
  private readonly waiters = new Set<() => void>();

  constructor(readonly ref: VersionRef) {}

  /** Records a stage; `REJECTED` ends the way with its reasons. Stages behind the one reached are ignored. */
  reach(stage: string, reasons: readonly string[] = []): void {
    if (stage === 'REJECTED') {
      this.rejection ??= new RejectedError(reasons);
    } else {
      const index = STAGES.indexOf(stage as Stage);
      if (index <= this.reached) return;
      for (let earlier = this.reached + 1; earlier <= index; earlier += 1)
        this.reachedAt.set(STAGES[earlier], Date.now());
      this.reached = index;
    }
    this.notify();
  }

  portProvisioned(port: string): void {
    this.provisioned.add(port);
    this.notify();
  }

  portFailed(port: string, attempt: PortAttempt): void {
    this.attempts.set(port, attempt);
    this.notify();
  }

  /** Ends every wait: the events can no longer be followed, or the time is up. */
  fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  /** Whether nothing more is to be waited for. */
  get settled(): boolean {
    return this.rejection !== undefined || this.failure !== undefined || this.reached >= STAGES.indexOf('PUBLISHED');
  }

  get rejected(): RejectedError | undefined {
    return this.rejection;
  }

  /** The last failed attempt of a port that is being retried. */
  lastAttempt(port: string): PortAttempt | undefined {
    return this.attempts.get(port);
  }

  /** When each stage was reached (ms since the epoch), in order. */
  timeline(): { stage: Stage; at: number }[] {
    return STAGES.filter((stage) => this.reachedAt.has(stage)).map((stage) => ({
      stage,
      at: this.reachedAt.get(stage)!,
    }));
  }

  /** Resolves when the stage (or a later one) is reached. */
  until(stage: Stage): Promise<void> {
    return this.waitFor(() => this.reached >= STAGES.indexOf(stage));
  }

  /** Resolves when the port is provisioned (or the version published, which implies it). */
  untilPort(port: string): Promise<void> {
    return this.waitFor(() => this.provisioned.has(port) || this.reached >= STAGES.indexOf('PUBLISHED'));
  }

  /** Calls back on every change until the returned function is called: for showing retries as they happen. */
  onChange(listener: () => void): () => void {
    this.waiters.add(listener);
    return () => this.waiters.delete(listener);
  }

  private waitFor(done: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const blocked = this.rejection ?? this.failure;
        if (!done() && blocked === undefined) return;
        this.waiters.delete(check);
        if (done()) resolve();
        else reject(blocked);
      };
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
