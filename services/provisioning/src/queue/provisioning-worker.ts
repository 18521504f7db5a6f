import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { backoffDelay } from '@mesh/messaging';
import { CONFIG, LOGGER, MetricsRegistry, ReadinessRegistry } from '@mesh/platform';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { Histogram } from 'prom-client';
import type { ProvisioningConfig } from '../config';
import { FlowsService } from '../flows/flows.service';
import { PortWork } from '../flows/port-work';
import { GrantsService } from '../grants/grants.service';
import { isPermanent, reasonOf } from './job-failures';
import { ProvisioningQueue } from './provisioning-queue';
import { JOB_NAMES, type JobData, type JobName } from './queue-names';

type Handlers = { [N in JobName]: (job: Job<JobData[N]>) => Promise<void> };

/**
 * Runs provisioning's jobs. Every job name has exactly one handler (the type makes the table exhaustive, and a job
 * of an unknown name fails for good). A failed run is recorded with its reason before BullMQ retries it with
 * exponential backoff; a permanent failure skips the remaining attempts.
 */
@Injectable()
export class ProvisioningWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private worker: Worker | undefined;
  private requeueTimer: NodeJS.Timeout | undefined;
  private requeueing: Promise<void> | undefined;
  private readonly durations: Histogram<'job' | 'outcome'>;

  private readonly handlers: Handlers = {
    [JOB_NAMES.provisionVersion]: (job) => this.flows.complete(job.data.flowId),
    [JOB_NAMES.provisionPort]: (job) =>
      this.ports.provision(job.data.flowId, job.data.port, {
        attempt: job.attemptsMade + 1,
        progress: (percent) => job.updateProgress(percent),
      }),
    [JOB_NAMES.retireVersion]: (job) => this.flows.complete(job.data.flowId),
    [JOB_NAMES.retirePort]: (job) => this.ports.retire(job.data.flowId, job.data.port, job.attemptsMade + 1),
    [JOB_NAMES.applyGrant]: (job) => this.grants.apply(job.data.grantId),
    [JOB_NAMES.revokeGrant]: (job) => this.grants.revoke(job.data.grantId),
    [JOB_NAMES.expireGrant]: (job) => this.grants.expire(job.data.grantId),
  };

  constructor(
    private readonly queue: ProvisioningQueue,
    private readonly flows: FlowsService,
    private readonly ports: PortWork,
    private readonly grants: GrantsService,
    private readonly readiness: ReadinessRegistry,
    metrics: MetricsRegistry,
    @Inject(CONFIG) private readonly config: ProvisioningConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.durations = new Histogram({
      name: 'provisioning_job_duration_seconds',
      help: 'Runs of provisioning jobs by job name and outcome (completed, retrying, failed)',
      labelNames: ['job', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [metrics.registry],
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.readiness.register({ name: 'redis', probe: () => this.queue.connection.ping() });
    this.worker = new Worker(this.queue.name, (job: Job) => this.process(job), {
      connection: this.queue.connection,
      concurrency: this.config.WORKER_CONCURRENCY,
      lockDuration: this.config.JOB_LOCK_MS,
      // Looks for jobs whose lock lapsed (their worker died) as often as a lock lasts.
      stalledInterval: this.config.JOB_LOCK_MS,
      // A job whose worker died goes back to the queue; only one that keeps killing workers fails.
      maxStalledCount: 3,
      settings: { backoffStrategy: (attemptsMade: number) => this.retryDelay(attemptsMade) },
    });
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'provisioning worker error'));
    await this.requeue();
    this.requeueTimer = setInterval(() => void this.requeue(), this.config.REQUEUE_INTERVAL_MS);
    this.requeueTimer.unref();
  }

  /** Jobs in progress finish (or are left to the next worker) before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.requeueTimer);
    await this.requeueing;
    await this.worker?.close();
  }

  /** Exponential (the base delay doubled after each failed run), capped so that a long outage is noticed soon. */
  private retryDelay(attemptsMade: number): number {
    const { JOB_BACKOFF_MS: baseDelayMs, JOB_BACKOFF_MAX_MS: maxDelayMs } = this.config;
    return backoffDelay(Math.max(1, attemptsMade), { baseDelayMs, maxDelayMs });
  }

  private async process(job: Job): Promise<void> {
    const handler = (this.handlers as Record<string, ((job: Job) => Promise<void>) | undefined>)[job.name];
    if (handler === undefined) throw new UnrecoverableError(`no handler for job '${job.name}'`);
    const stop = this.durations.startTimer({ job: job.name });
    try {
      await handler(job);
      stop({ outcome: 'completed' });
    } catch (error) {
      const permanent = isPermanent(error);
      const attempts = job.attemptsMade + 1;
      const final = permanent || attempts >= (job.opts.attempts ?? 1);
      stop({ outcome: final ? 'failed' : 'retrying' });
      await this.recordFailure(job, reasonOf(error), attempts, final);
      this.logger.warn({ err: error, job: job.id, attempts, final }, 'provisioning job failed');
      throw permanent && !(error instanceof UnrecoverableError) ? new UnrecoverableError(reasonOf(error)) : error;
    }
  }

  private async recordFailure(job: Job, reason: string, attempts: number, final: boolean): Promise<void> {
    const data = job.data as Partial<{ flowId: string; port: string; grantId: string }>;
    if (data.flowId !== undefined && data.port !== undefined) {
      await this.flows.recordFailure(data.flowId, data.port, reason, attempts, final);
    } else if (data.grantId !== undefined && job.name !== JOB_NAMES.expireGrant) {
      const kind = job.name === JOB_NAMES.applyGrant ? 'apply' : 'revoke';
      await this.grants.recordFailure(data.grantId, kind, reason, attempts, final);
    }
  }

  private requeue(): Promise<void> {
    this.requeueing ??= Promise.all([this.flows.requeueUnfinished(), this.grants.requeuePending()])
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn({ err: error }, 're-queueing unfinished work failed'),
      )
      .finally(() => {
        this.requeueing = undefined;
      });
    return this.requeueing;
  }
}
