import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { FlowEntity, FlowPortEntity, type FlowKind, type FlowState, type PortState } from './flow.entity';

export interface FlowKey {
  kind: FlowKind;
  domain: string;
  product: string;
  version: string;
}

export type NewFlow = Pick<
  FlowEntity,
  'kind' | 'domain' | 'product' | 'version' | 'jobId' | 'descriptor' | 'correlationId'
>;
export type NewFlowPort = Pick<FlowPortEntity, 'name' | 'type' | 'address'>;

/** Flows and their ports in Postgres; the only code that touches those tables. */
@Injectable()
export class FlowsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a flow unless one exists for its version and kind; returns the flow stored, new or not. */
  async insert(manager: EntityManager, flow: NewFlow, ports: readonly NewFlowPort[]): Promise<FlowEntity> {
    // Raw SQL: TypeORM's deep-partial type of the descriptor column is too deep for the compiler.
    await manager.query(
      `INSERT INTO flows (kind, domain, product, version, job_id, descriptor, state, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'running', $7) ON CONFLICT DO NOTHING`,
      [
        flow.kind,
        flow.domain,
        flow.product,
        flow.version,
        flow.jobId,
        JSON.stringify(flow.descriptor),
        flow.correlationId,
      ],
    );
    const stored = await manager.findOneByOrFail(FlowEntity, {
      kind: flow.kind,
      domain: flow.domain,
      product: flow.product,
      version: flow.version,
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(FlowPortEntity)
      .values(ports.map((port) => ({ ...port, flowId: stored.id, state: 'pending' as const, attempts: 0 })))
      .orIgnore()
      .execute();
    return stored;
  }

  find(key: FlowKey, manager: EntityManager = this.dataSource.manager): Promise<FlowEntity | null> {
    return manager.findOne(FlowEntity, { where: { ...key }, relations: { ports: true } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<FlowEntity | null> {
    return manager.findOne(FlowEntity, { where: { id }, relations: { ports: true } });
  }

  /** Newest first; `before` is the (createdAt, id) of the last flow of the previous page. */
  async list(
    filter: { domain?: string; state?: FlowState; kind?: FlowKind },
    limit: number,
    before?: readonly [string, string],
  ): Promise<FlowEntity[]> {
    // Pages count flows, not flow-port rows: the page's ids first, then the flows with their ports.
    const query = this.dataSource.manager
      .createQueryBuilder(FlowEntity, 'flow')
      .select(['flow.id', 'flow.createdAt'])
      .orderBy('flow.created_at', 'DESC')
      .addOrderBy('flow.id', 'DESC')
      .limit(limit);
    if (filter.domain !== undefined) query.andWhere('flow.domain = :domain', { domain: filter.domain });
    if (filter.state !== undefined) query.andWhere('flow.state = :state', { state: filter.state });
    if (filter.kind !== undefined) query.andWhere('flow.kind = :kind', { kind: filter.kind });
    if (before !== undefined) {
      query.andWhere('(flow.created_at, flow.id) < (:createdAt, :id)', { createdAt: before[0], id: before[1] });
    }
    const ids = (await query.getMany()).map((flow) => flow.id);
    if (ids.length === 0) return [];
    const flows = await this.dataSource.manager.find(FlowEntity, {
      where: { id: In(ids) },
      relations: { ports: true },
    });
    return ids.map((id) => flows.find((flow) => flow.id === id)!);
  }

  /** The flows still running, for re-queueing at start (Redis may have lost them). */
  running(): Promise<FlowEntity[]> {
    return this.dataSource.manager.find(FlowEntity, { where: { state: 'running' }, relations: { ports: true } });
  }

  /**
   * Marks a port of a flow, under a row lock: returns the port as it was, so that a caller marking it done can tell
   * whether it already was (and must not announce it twice).
   */
  async lockPort(manager: EntityManager, flowId: string, port: string): Promise<FlowPortEntity> {
    return manager
      .createQueryBuilder(FlowPortEntity, 'port')
      .setLock('pessimistic_write')
      .where('port.flow_id = :flowId AND port.name = :port', { flowId, port })
      .getOneOrFail();
  }

  async updatePort(
    manager: EntityManager,
    flowId: string,
    port: string,
    changes: Partial<Pick<FlowPortEntity, 'state' | 'outcome' | 'attempts' | 'lastError'>> & { state?: PortState },
  ): Promise<void> {
    await manager.update(FlowPortEntity, { flowId, name: port }, { ...changes, updatedAt: new Date() });
  }

  async setState(manager: EntityManager, flowId: string, state: FlowState): Promise<void> {
    await manager.update(
      FlowEntity,
      { id: flowId },
      { state, updatedAt: new Date(), completedAt: state === 'completed' ? new Date() : null },
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
