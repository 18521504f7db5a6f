import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { FlowProducer, Queue, type Job, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { ProvisioningConfig } from '../config';
import { BACKOFF_TYPE, JOB_IDS, JOB_NAMES, PROVISIONING_QUEUE, type JobData, type VersionKey } from './queue-names';

/** Finished jobs stay a week in Redis, for operators; Postgres keeps the flows for good. */
const KEEP_FINISHED_SECONDS = 7 * 24 * 3600;

/** The BullMQ queue of provisioning work, and the flows (a parent job per version, a child per port) in it. */
@Injectable()
export class ProvisioningQueue implements OnApplicationShutdown {
  readonly name: string;
  readonly connection: IORedis;
  readonly queue: Queue;
  private readonly flows: FlowProducer;
  private readonly jobOptions: JobsOptions;

  constructor(@Inject(CONFIG) config: ProvisioningConfig) {
    this.name = `${config.MESH_TOPIC_PREFIX}${PROVISIONING_QUEUE}`;
    // BullMQ's blocking commands need unlimited retries per request; a Redis outage only delays jobs.
    this.connection = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null });
    this.queue = new Queue(this.name, { connection: this.connection });
    this.flows = new FlowProducer({ connection: this.connection });
    this.jobOptions = {
      attempts: config.JOB_ATTEMPTS,
      backoff: { type: BACKOFF_TYPE },
      removeOnComplete: { age: KEEP_FINISHED_SECONDS },
      removeOnFail: { age: KEEP_FINISHED_SECONDS },
    };
  }

  /**
   * Queues the flow of a version: its parent job waits for one child per port. Adding a flow that is already
   * queued changes nothing (its job ids exist), so this is safe to repeat.
   */
  async addFlow(
    kind: 'provision' | 'retire',
    key: VersionKey,
    flowId: string,
    ports: readonly string[],
  ): Promise<void> {
    const [parentName, childName] =
      kind === 'provision'
        ? [JOB_NAMES.provisionVersion, JOB_NAMES.provisionPort]
        : [JOB_NAMES.retireVersion, JOB_NAMES.retirePort];
    await this.flows.add({
      name: parentName,
      queueName: this.name,
      data: { flowId } satisfies JobData[typeof parentName],
      opts: { ...this.jobOptions, jobId: JOB_IDS.version(kind, key) },
      children: ports.map((port) => ({
        name: childName,
        queueName: this.name,
        data: { flowId, port } satisfies JobData[typeof childName],
        opts: { ...this.jobOptions, jobId: JOB_IDS.port(kind, key, port) },
      })),
    });
  }

  async addGrantJob(operation: 'apply' | 'revoke', grantId: string): Promise<void> {
    const name = operation === 'apply' ? JOB_NAMES.applyGrant : JOB_NAMES.revokeGrant;
    await this.queue.add(name, { grantId } satisfies JobData[typeof name], {
      ...this.jobOptions,
      jobId: JOB_IDS.grant(operation, grantId),
    });
  }

  /** The grant's expiry, run when it comes (at once when it has passed). */
  async addGrantExpiry(grantId: string, expiresAt: Date): Promise<void> {
    await this.queue.add(JOB_NAMES.expireGrant, { grantId } satisfies JobData['expire-grant'], {
      ...this.jobOptions,
      jobId: JOB_IDS.grant('expire', grantId),
      delay: Math.max(0, expiresAt.getTime() - Date.now()),
    });
  }

  job(id: string): Promise<Job | undefined> {
    return this.queue.getJob(id);
  }

  /** Runs a failed job again, with all its attempts. */
  async retry(id: string): Promise<boolean> {
    const job = await this.job(id);
    if (job === undefined || !(await job.isFailed())) return false;
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flows.close();
    await this.queue.close();
    await this.connection.quit();
  }
}
