import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProductVersionRef } from '@mesh/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ProductVersionEntity } from '../products/product.entity';

/** What a transition may change on a version; its descriptor never changes. */
export type VersionChanges = Partial<
  Pick<
    ProductVersionEntity,
    | 'state'
    | 'decisionId'
    | 'violations'
    | 'provisioningJobId'
    | 'provisionedPorts'
    | 'provisioningFailure'
    | 'sunsetAt'
    | 'replacement'
    | 'deprecationReason'
  >
>;

@Injectable()
export class LifecycleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The version, locked until the transaction ends, so that changes to one version apply one after the other. */
  findForUpdate(manager: EntityManager, ref: ProductVersionRef): Promise<ProductVersionEntity | null> {
    return manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .innerJoin('v.product', 'p')
      .where('p.domain = :domain AND p.name = :name AND v.version = :version', ref)
      .setLock('pessimistic_write', undefined, ['v'])
      .getOne();
  }

  findByIdForUpdate(manager: EntityManager, id: string): Promise<ProductVersionEntity | null> {
    return manager.findOne(ProductVersionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Applies the changes; a change of state also moves `state_changed_at`. */
  async update(manager: EntityManager, id: string, changes: VersionChanges): Promise<ProductVersionEntity> {
    await manager.update(
      ProductVersionEntity,
      { id },
      changes.state === undefined ? changes : { ...changes, stateChangedAt: () => 'now()' },
    );
    return manager.findOneByOrFail(ProductVersionEntity, { id });
  }

  /** Ids of deprecated versions whose sunset has passed, earliest sunset first. */
  async dueForRetirement(now: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .select('v.id', 'id')
      .where(`v.state = 'deprecated' AND v.sunset_at <= :now`, { now })
      .orderBy('v.sunset_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }
}
