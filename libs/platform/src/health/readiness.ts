import { Injectable } from '@nestjs/common';

/** A dependency the service cannot serve without; the probe throws when it is unusable. */
export interface ReadinessCheck {
  name: string;
  probe: () => Promise<unknown>;
}

/**
 * Service modules register the components they use (their database, Kafka, Redis...)
 * when they create the clients; `/ready` then reports exactly those.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  register(check: ReadinessCheck): void {
    if (this.checks.has(check.name)) throw new Error(`readiness check '${check.name}' registered twice`);
    this.checks.set(check.name, check);
  }

  list(): readonly ReadinessCheck[] {
    return [...this.checks.values()];
  }
}

const PROBE_TIMEOUT_MS = 3000;

export async function withTimeout<T>(promise: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
