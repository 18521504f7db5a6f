import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent, ProductVersionRef } from '@mesh/contracts';
import { AfterCommit, NonRetryableError, Outbox } from '@mesh/messaging';
import { LOGGER, toPage } from '@mesh/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { productEvent } from '../events/provisioning-events';
import { ProvisioningQueue } from '../queue/provisioning-queue';
import { JOB_IDS } from '../queue/queue-names';
import { RegistryClient } from '../registry/registry-client';
import type { FlowEntity, FlowKind } from './flow.entity';
import { FlowError } from './flow.errors';
import { toFlowView, type FlowView } from './flow.views';
import { FlowsRepository } from './flows.repository';
import type { ListFlowsQuery } from './flows.requests';
import { versionKey } from './port-work';

/**
 * Starts, finishes and retries flows. A flow starts in the transaction that consumes its event: the flow and its
 * ports are recorded there, and queued once it commits, so that consuming an event and recording its work happen
 * together or not at all. What is recorded but not queued (Redis was down, the process died in between) is queued
 * by `requeueUnfinished`, which runs at start and periodically; BullMQ job ids make any re-queueing harmless.
 */
@Injectable()
export class FlowsService {
  constructor(
    private readonly flows: FlowsRepository,
    private readonly queue: ProvisioningQueue,
    private readonly registry: RegistryClient,
    private readonly afterCommit: AfterCommit,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** On approval: records the version's provisioning flow, a port per output port, and queues it. */
  startProvisioning(event: MeshEvent<'product.version.approved'>, manager: EntityManager): Promise<void> {
    return this.start('provision', event.payload.product, event, manager);
  }

  /** On retirement (which the registry only does after the sunset): records and queues the teardown flow. */
  startRetirement(event: MeshEvent<'product.version.retired'>, manager: EntityManager): Promise<void> {
    return this.start('retire', event.payload.product, event, manager);
  }

  /** Called by a version's parent job once every port job completed. */
  async complete(flowId: string): Promise<void> {
    await this.flows.transaction((manager) => this.flows.setState(manager, flowId, 'completed'));
  }

  /**
   * Records a failed run of a port job. The reason shows at once (the job may still be retried); on the last run
   * the port and its flow are failed and, for provisioning, `provisioning.failed` tells the registry why.
   */
  async recordFailure(flowId: string, port: string, reason: string, attempts: number, final: boolean): Promise<void> {
    await this.flows.transaction(async (manager) => {
      const locked = await this.flows.lockPort(manager, flowId, port);
      if (locked.state === 'done') return;
      await this.flows.updatePort(manager, flowId, port, {
        attempts,
        lastError: reason,
        ...(final ? { state: 'failed' as const } : {}),
      });
      if (!final) return;
      await this.flows.setState(manager, flowId, 'failed');
      const flow = await this.flows.findById(flowId, manager);
      if (flow?.kind !== 'provision') return;
      const product = { domain: flow.domain, name: flow.product, version: flow.version };
      await Outbox.add(
        manager,
        productEvent(
          'provisioning.failed',
          product,
          { jobId: JOB_IDS.version('provision', versionKey(flow)), product, port, reason, attempts },
          flow.correlationId,
        ),
      );
    });
  }

  /** Retries the failed port jobs of a flow with all their attempts; 409 when none failed. */
  async retry(kind: FlowKind, ref: ProductVersionRef): Promise<void> {
    const flow = await this.require(kind, ref);
    const failed = flow.ports.filter((port) => port.state === 'failed');
    if (failed.length === 0) {
      throw new FlowError('nothing_to_retry', `the ${kind} flow of ${describe(ref)} has no failed port`);
    }
    await this.flows.transaction(async (manager) => {
      for (const port of failed) await this.flows.updatePort(manager, flow.id, port.name, { state: 'pending' });
      await this.flows.setState(manager, flow.id, 'running');
    });
    for (const port of failed) {
      const retried = await this.queue.retry(JOB_IDS.port(kind, versionKey(flow), port.name));
      // The job is gone from Redis (removed with age): queueing the flow again recreates it.
      if (!retried) await this.enqueue(flow);
    }
  }

  /** Flows newest first, a page at a time. */
  async list(query: ListFlowsQuery): Promise<{ items: FlowView[]; nextCursor: string | null }> {
    const { limit, cursor, ...filter } = query;
    const rows = await this.flows.list(filter, limit + 1, cursor);
    const page = toPage(rows, limit, (flow) => [flow.createdAt.toISOString(), flow.id]);
    return {
      items: page.items.map((flow) => toFlowView(flow, JOB_IDS.version(flow.kind, versionKey(flow)))),
      nextCursor: page.nextCursor,
    };
  }

  /** A flow with each port's job as BullMQ holds it: its state, attempts, progress and failure. */
  async detail(kind: FlowKind, ref: ProductVersionRef): Promise<FlowView> {
    const flow = await this.require(kind, ref);
    const view = toFlowView(flow, JOB_IDS.version(kind, versionKey(flow)));
    for (const port of view.ports) {
      const job = await this.queue.job(JOB_IDS.port(kind, versionKey(flow), port.name));
      port.job =
        job === undefined
          ? null
          : {
              id: job.id ?? '',
              state: await job.getState(),
              attemptsMade: job.attemptsMade,
              progress: typeof job.progress === 'number' ? job.progress : 0,
              failedReason: job.failedReason ?? null,
            };
    }
    return view;
  }

  async require(kind: FlowKind, ref: ProductVersionRef): Promise<FlowEntity> {
    const flow = await this.flows.find({ kind, domain: ref.domain, product: ref.name, version: ref.version });
    if (flow === null) throw new FlowError('flow_not_found', `no ${kind} flow for ${describe(ref)}`);
    return flow;
  }

  /** Queues every flow still running again; those already queued are left as they are. */
  async requeueUnfinished(): Promise<number> {
    const running = await this.flows.running();
    for (const flow of running) await this.enqueue(flow);
    return running.length;
  }

  private async start(kind: FlowKind, ref: ProductVersionRef, cause: MeshEvent, manager: EntityManager): Promise<void> {
    const versions = await this.registry.versions(ref);
    const registered = versions.find((candidate) => candidate.version === ref.version);
    if (registered === undefined) {
      throw new NonRetryableError(`${cause.type} is about ${describe(ref)}, which the registry does not have`);
    }
    const ports = registered.provisioning?.ports;
    if (ports === undefined) {
      this.logger.warn(
        { eventId: cause.eventId, type: cause.type, state: registered.state },
        'the version has no provisioning ports in the registry; nothing to do',
      );
      return;
    }
    const descriptor = await this.registry.descriptor(ref);
    const flow = await this.flows.insert(
      manager,
      {
        kind,
        domain: ref.domain,
        product: ref.name,
        version: ref.version,
        descriptor,
        correlationId: cause.correlationId ?? cause.eventId,
      },
      ports.map(({ name, type, address }) => ({ name, type, address })),
    );
    this.afterCommit.run(manager, () => this.enqueue({ ...flow, ports: ports.map((port) => ({ name: port.name })) }));
  }

  private enqueue(
    flow: Pick<FlowEntity, 'id' | 'kind' | 'domain' | 'product' | 'version'> & {
      ports: readonly { name: string }[];
    },
  ): Promise<void> {
    return this.queue.addFlow(
      flow.kind,
      versionKey(flow),
      flow.id,
      flow.ports.map((port) => port.name),
    );
  }
}

function describe(ref: ProductVersionRef): string {
  return `${ref.domain}/${ref.name} ${ref.version}`;
}
