import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { GovernanceConfig } from '../config';
import { WaiversService } from '../waivers/waivers.service';
import { ComplianceService, type ReevaluationResult } from './compliance.service';
import { ReevaluationQueue } from './reevaluation.queue';

/** A claimed request not finished after this long belonged to a stopped instance, and is claimed again. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * Runs queued re-evaluations (woken by this instance's changes, polling for the others'), expires waivers and
 * refreshes today's compliance snapshot, each on its own interval.
 */
@Injectable()
export class ReevaluationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopping = false;
  private loop: Promise<void> | undefined;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly queue: ReevaluationQueue,
    private readonly compliance: ComplianceService,
    private readonly waivers: WaiversService,
    @Inject(CONFIG) private readonly config: GovernanceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
    this.every(this.config.WAIVER_EXPIRY_INTERVAL_MS, 'waiver expiry', () => this.waivers.expire());
    this.every(this.config.SNAPSHOT_INTERVAL_MS, 'compliance snapshot', () => this.compliance.snapshot());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.timers.forEach(clearInterval);
    this.queue.wake();
    await this.loop;
  }

  /** Runs every pending request at once, as one re-evaluation of the union of their scopes. */
  private async runPending(): Promise<void> {
    const requests = await this.queue.claim(STALE_AFTER_MS);
    if (requests.length === 0) return;
    const started = Date.now();
    const ids = requests.map((request) => request.id);
    let result: ReevaluationResult;
    try {
      result = await this.compliance.reevaluate(requests);
    } catch (error) {
      await this.queue.release(ids);
      throw error;
    }
    await this.queue.finish(ids, result.products, result.changed);
    await this.compliance.snapshot();
    this.logger.info({ requests: requests.length, ...result, ms: Date.now() - started }, 'products re-evaluated');
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      // Cleared before claiming: a request committed during this round wakes the next one.
      this.queue.wakeup.reset();
      try {
        await this.runPending();
      } catch (error) {
        this.logger.error({ err: error }, 're-evaluation failed; retried at the next round');
      }
      await this.queue.wakeup.wait(this.config.REEVALUATION_INTERVAL_MS);
    }
  }

  private every(intervalMs: number, what: string, work: () => Promise<unknown>): void {
    this.timers.push(
      setInterval(() => {
        work().catch((error: unknown) => this.logger.error({ err: error }, `${what} failed`));
      }, intervalMs),
    );
  }
}
