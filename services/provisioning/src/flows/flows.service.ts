import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent, OutputPort, ProductVersionRef } from '@mesh/contracts';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { AfterCommit, NonRetryableError, Outbox, VersionCopies } from '@mesh/messaging';
import { LOGGER, toPage } from '@mesh/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { productEvent } from '../events/provisioning-events';
import { ProvisioningQueue } from '../queue/provisioning-queue';
import { JOB_IDS } from '../queue/queue-names';
import type { FlowEntity, FlowKind } from './flow.entity';
import { FlowError } from './flow.errors';
import { toFlowView, type FlowView } from './flow.views';
import { FlowsRepository, type NewFlowPort } from './flows.repository';
import type { ListFlowsQuery } from './flows.requests';
import { versionKey } from './port-work';

/**
 * Starts, finishes and retries flows. A flow starts in the transaction that consumes its event: the flow and its
 * ports are recorded there, and queued once it commits, so that consuming an event and recording its work happen
 * together or not at all. What is recorded but not queued (Redis was down, the process died in between) is queued
 * by `requeueUnfinished`, which runs at start and periodically; BullMQ job ids make any re-queueing harmless.
 *
 * Everything a flow needs comes with the events, so that consuming one never waits on the registry: the
 * descriptor from the version's proposal (kept in `VersionCopies`), the ports and their addresses from
 * `product.provisioning.started`, and for a teardown the ports its provisioning flow recorded.
 */
@Injectable()
export class FlowsService {
  constructor(
    private readonly flows: FlowsRepository,
    private readonly queue: ProvisioningQueue,
    private readonly copies: VersionCopies,
    private readonly afterCommit: AfterCommit,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Keeps the descriptor a proposal carries: the version's flows are made from it. */
  rememberProposed(event: MeshEvent<'product.version.proposed'>, manager: EntityManager): Promise<void> {
    return this.copies.rememberProposed(manager, event);
  }

  /** Records the version's provisioning flow, a port per output port, under the job id the event announced. */
  async startProvisioning(event: MeshEvent<'product.provisioning.started'>, manager: EntityManager): Promise<void> {
    const { product, jobId, outputPorts } = event.payload;
    if (outputPorts.length === 0) {
      throw new NonRetryableError(
        `${event.type} of ${describe(product)} names no output port with its address (ports: ${event.payload.ports.join(', ')})`,
      );
    }
    const descriptor = await this.copies.descriptor(manager, product);
    const ports = describedPorts(descriptor, outputPorts);
    await this.start(manager, { kind: 'provision', ref: product, jobId, descriptor, cause: event }, ports);
  }

  /**
   * On retirement (which the registry only does after the sunset): records and queues the teardown of the ports
   * the version's provisioning flow made. A version this service never provisioned has nothing to tear down.
   */
  async startRetirement(event: MeshEvent<'product.version.retired'>, manager: EntityManager): Promise<void> {
    const ref = event.payload.product;
    const provisioned = await this.flows.find(
      { kind: 'provision', domain: ref.domain, product: ref.name, version: ref.version },
      manager,
    );
    if (provisioned === null) {
      this.logger.warn(
        { eventId: event.eventId, product: describe(ref) },
        'no provisioning flow of the version; nothing to tear down',
      );
      return;
    }
    const jobId = JOB_IDS.version('retire', versionKey(provisioned));
    const { descriptor } = provisioned;
    await this.start(manager, { kind: 'retire', ref, jobId, descriptor, cause: event }, provisioned.ports);
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
          { jobId: flow.jobId, product, port, reason, attempts },
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
      items: page.items.map(toFlowView),
      nextCursor: page.nextCursor,
    };
  }

  /** A flow with each port's job as BullMQ holds it: its state, attempts, progress and failure. */
  async detail(kind: FlowKind, ref: ProductVersionRef): Promise<FlowView> {
    const flow = await this.require(kind, ref);
    const view = toFlowView(flow);
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

  private async start(
    manager: EntityManager,
    flow: {
      kind: FlowKind;
      ref: ProductVersionRef;
      jobId: string;
      descriptor: DataProductDescriptor;
      cause: MeshEvent;
    },
    ports: readonly NewFlowPort[],
  ): Promise<void> {
    const { kind, ref, jobId, descriptor, cause } = flow;
    const stored = await this.flows.insert(
      manager,
      {
        kind,
        domain: ref.domain,
        product: ref.name,
        version: ref.version,
        jobId,
        descriptor,
        correlationId: cause.correlationId ?? cause.eventId,
      },
      ports.map(({ name, type, address }) => ({ name, type, address })),
    );
    this.afterCommit.run(manager, () => this.enqueue({ ...stored, ports: ports.map((port) => ({ name: port.name })) }));
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

/** The announced ports with their kind as the descriptor declares it; a port it lacks can never be provisioned. */
function describedPorts(descriptor: DataProductDescriptor, announced: readonly OutputPort[]): NewFlowPort[] {
  return announced.map(({ name, address }) => {
    const declared = descriptor.spec.outputPorts.find((port) => port.name === name);
    if (declared === undefined) {
      throw new NonRetryableError(`the descriptor of ${descriptor.metadata.version} has no output port '${name}'`);
    }
    return { name, type: declared.type, address };
  });
}

function describe(ref: ProductVersionRef): string {
  return `${ref.domain}/${ref.name} ${ref.version}`;
}
