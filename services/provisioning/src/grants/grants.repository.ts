import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PortState } from '../flows/flow.entity';
import { GrantOperationEntity, type GrantOperationKind } from './grant-operation.entity';

export type NewGrantOperation = Pick<
  GrantOperationEntity,
  'grantId' | 'operation' | 'principal' | 'domain' | 'product' | 'port' | 'expiresAt' | 'reason' | 'correlationId'
>;

const CREATED_MS = "date_trunc('milliseconds', grant.created_at)";

/** Grant operations in Postgres; the only code that touches that table. */
@Injectable()
export class GrantsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the operation unless it is recorded already (a redelivered event). */
  async insert(manager: EntityManager, operation: NewGrantOperation): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(GrantOperationEntity)
      .values({ ...operation, state: 'pending', attempts: 0 })
      .orIgnore()
      .execute();
  }

  find(
    grantId: string,
    operation: GrantOperationKind,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<GrantOperationEntity | null> {
    return manager.findOneBy(GrantOperationEntity, { grantId, operation });
  }

  /** Operations queued and not finished, for re-queueing (Redis may have lost them). */
  pending(): Promise<GrantOperationEntity[]> {
    return this.dataSource.manager.findBy(GrantOperationEntity, { state: 'pending' });
  }

  /** The product's grants as the access events gave them: neither revoked nor expired. */
  live(product: { domain: string; name: string }): Promise<GrantOperationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(GrantOperationEntity, 'grant')
      .where(`grant.operation = 'apply' AND grant.domain = :domain AND grant.product = :name`, product)
      .andWhere('(grant.expires_at IS NULL OR grant.expires_at > now())')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM grant_operations revoked WHERE revoked.grant_id = grant.grant_id AND revoked.operation = 'revoke')`,
      )
      .getMany();
  }

  /** A domain's operations, newest first; `olderThan` is the key of the last one of the previous page. */
  list(
    filter: { domain: string; product?: string; state?: PortState },
    limit: number,
    olderThan?: readonly [string, string, GrantOperationKind],
  ): Promise<GrantOperationEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(GrantOperationEntity, 'grant')
      .where('grant.domain = :domain', { domain: filter.domain })
      // Cursors hold JavaScript dates, in milliseconds: order by the same precision, so that no page skips a row.
      .orderBy(CREATED_MS, 'DESC')
      .addOrderBy('grant.grant_id', 'DESC')
      .addOrderBy('grant.operation', 'DESC')
      .limit(limit);
    if (filter.product !== undefined) query.andWhere('grant.product = :product', { product: filter.product });
    if (filter.state !== undefined) query.andWhere('grant.state = :state', { state: filter.state });
    if (olderThan !== undefined) {
      const [createdAt, grantId, operation] = olderThan;
      query.andWhere(
        `(${CREATED_MS}, grant.grant_id, grant.operation) < (CAST(:createdAt AS timestamptz), :grantId, :operation)`,
        {
          createdAt,
          grantId,
          operation,
        },
      );
    }
    return query.getMany();
  }

  lock(manager: EntityManager, grantId: string, operation: GrantOperationKind): Promise<GrantOperationEntity> {
    return manager
      .createQueryBuilder(GrantOperationEntity, 'grant')
      .setLock('pessimistic_write')
      .where('grant.grant_id = :grantId AND grant.operation = :operation', { grantId, operation })
      .getOneOrFail();
  }

  async update(
    manager: EntityManager,
    grantId: string,
    operation: GrantOperationKind,
    changes: Partial<Pick<GrantOperationEntity, 'state' | 'attempts' | 'lastError'>>,
  ): Promise<void> {
    await manager.update(GrantOperationEntity, { grantId, operation }, { ...changes, updatedAt: new Date() });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
