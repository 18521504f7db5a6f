import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { RegistryConfig } from '../config';
import { LifecycleService } from './lifecycle.service';

/**
 * Retires deprecated versions once their sunset has passed, every RETIREMENT_INTERVAL_MS. Until a round runs, a
 * version past its sunset already stops resolving (AddressesService), so the interval only delays the event.
 */
@Injectable()
export class RetirementScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;

  constructor(
    private readonly lifecycle: LifecycleService,
    @Inject(CONFIG) private readonly config: RegistryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.runRound(), this.config.RETIREMENT_INTERVAL_MS);
    this.timer.unref();
  }

  /** Before the database closes: the round in progress finishes its transactions. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }

  private runRound(): void {
    // A round slower than the interval is not overlapped by the next one.
    if (this.round !== undefined) return;
    this.round = this.lifecycle
      .retireDue()
      .then(
        (due) => {
          if (due > 0) this.logger.info({ due }, 'deprecated versions past their sunset retired');
        },
        (error: unknown) => this.logger.error({ err: error }, 'retirement round failed'),
      )
      .finally(() => {
        this.round = undefined;
      });
  }
}
