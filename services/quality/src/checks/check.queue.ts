import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { backoffDelay } from '@mesh/messaging';
import { CONFIG, LOGGER } from '@mesh/platform';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { QualityConfig } from '../config';
import { JOBS, QUEUES, queuePrefix } from '../queues/queue-names';
import { REDIS } from '../queues/queues.module';
import type { CheckJob } from './check-job';
import { ChecksService } from './checks.service';

/** The jobs' backoff: exponential, capped (the worker computes it); stored in each job's options. */
const CHECK_BACKOFF = 'capped-exponential';

/**
 * The checks' BullMQ queue and this instance's worker. A job per data-published event, its id the event's, so
 * that a redelivered event queues nothing twice; an unreachable catalog or database is retried with a capped backoff
 * long enough to outlast a restart of either, since a check given up is a snapshot without a result.
 */
@Injectable()
export class CheckQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly queue: Queue<CheckJob>;
  private worker: Worker<CheckJob> | undefined;

  constructor(
    @Inject(CONFIG) private readonly config: QualityConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly checks: ChecksService,
  ) {
    this.queue = new Queue<CheckJob>(QUEUES.checks, {
      connection: redis,
      prefix: queuePrefix(config.MESH_TOPIC_PREFIX),
      defaultJobOptions: {
        attempts: config.CHECK_ATTEMPTS,
        backoff: { type: CHECK_BACKOFF },
        removeOnComplete: { age: 3600, count: 1000 },
        removeOnFail: { age: 7 * 86_400 },
      },
    });
  }

  async enqueue(job: CheckJob): Promise<void> {
    await this.queue.add(JOBS.checkSnapshot, job, { jobId: `${job.cause.eventId}` });
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker<CheckJob>(QUEUES.checks, (job) => this.process(job), {
      connection: this.redis.duplicate(),
      prefix: queuePrefix(this.config.MESH_TOPIC_PREFIX),
      concurrency: this.config.CHECK_CONCURRENCY,
      // A job whose worker was killed goes back to the queue; only one that keeps killing workers fails.
      maxStalledCount: 3,
      settings: {
        backoffStrategy: (attemptsMade: number) =>
          backoffDelay(Math.max(1, attemptsMade), {
            baseDelayMs: this.config.CHECK_BACKOFF_MS,
            maxDelayMs: this.config.CHECK_BACKOFF_MAX_MS,
          }),
      },
    });
    this.worker.on('failed', (job, error) =>
      this.logger.error({ jobId: job?.id, attempt: job?.attemptsMade, err: error }, 'snapshot check failed'),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  private async process(job: Job<CheckJob>): Promise<void> {
    if (job.name !== JOBS.checkSnapshot) throw new Error(`unknown job '${job.name}' on ${QUEUES.checks}`);
    await this.checks.check(job.data);
  }
}
