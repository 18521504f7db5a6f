import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, LOGGER } from '@mesh/platform';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { QualityConfig } from '../config';
import { JOBS, QUEUES, queuePrefix } from '../queues/queue-names';
import { REDIS } from '../queues/queues.module';
import { FreshnessService } from './freshness.service';

/** The id of the repeatable sweep; one scheduler whatever the number of instances. */
const SWEEP_SCHEDULER = 'freshness-sweep';

/**
 * Sweeps every product's freshness on a BullMQ job scheduler (SLA_CHECK_INTERVAL_MS): however many instances
 * run, one of them runs each sweep.
 */
@Injectable()
export class FreshnessScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(
    @Inject(CONFIG) private readonly config: QualityConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly freshness: FreshnessService,
  ) {
    this.queue = new Queue(QUEUES.freshness, { connection: redis, prefix: queuePrefix(config.MESH_TOPIC_PREFIX) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_SCHEDULER,
      { every: this.config.SLA_CHECK_INTERVAL_MS },
      { name: JOBS.sweepFreshness, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
    );
    this.worker = new Worker(
      QUEUES.freshness,
      async (job) => {
        if (job.name !== JOBS.sweepFreshness) throw new Error(`unknown job '${job.name}' on ${QUEUES.freshness}`);
        await this.freshness.sweep(new Date());
      },
      { connection: this.redis.duplicate(), prefix: queuePrefix(this.config.MESH_TOPIC_PREFIX) },
    );
    this.worker.on('failed', (job, error) =>
      this.logger.error({ jobId: job?.id, err: error }, 'freshness sweep failed'),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
