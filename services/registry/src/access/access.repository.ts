import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessState } from './access-lifecycle';
import { AccessRequestEntity } from './access-request.entity';

export interface NewAccessRequest {
  productId: string;
  principalId: string;
  requestedBy: string;
  purpose: string;
  until: Date;
}

export type AccessChanges = Partial<
  Pick<
    AccessRequestEntity,
    'state' | 'grantId' | 'decidedBy' | 'decidedAt' | 'reason' | 'revokedBy' | 'revokedAt' | 'revocationReason'
  >
>;

export interface AccessFilter {
  productId?: string;
  principalId?: string;
  /** Requests for any product of this domain. */
  domain?: string;
  state?: AccessState;
  /** Requests older than this (createdAt, id) key: the cursor of the previous page. */
  olderThan?: { createdAt: Date; id: string };
  limit: number;
}

@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, request: NewAccessRequest): Promise<AccessRequestEntity> {
    const { id } = await manager.save(manager.create(AccessRequestEntity, { ...request, state: 'pending' }));
    return this.reload(manager, id);
  }

  find(id: string): Promise<AccessRequestEntity | null> {
    return this.load(this.dataSource.manager, id);
  }

  /** The request, locked until the transaction ends, so that decisions on it apply one after the other. */
  findForUpdate(manager: EntityManager, id: string): Promise<AccessRequestEntity | null> {
    return manager
      .createQueryBuilder(AccessRequestEntity, 'r')
      .innerJoinAndSelect('r.product', 'p')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['r'])
      .getOne();
  }

  async update(manager: EntityManager, id: string, changes: AccessChanges): Promise<AccessRequestEntity> {
    // now() is the transaction's start, earlier than a created_at rounded up to milliseconds in the same
    // transaction (an automatic grant): the update time is the clock's, and never before the creation.
    await manager.update(
      AccessRequestEntity,
      { id },
      { ...changes, updatedAt: () => 'greatest(clock_timestamp(), created_at)' },
    );
    return this.reload(manager, id);
  }

  /** Newest first; ties in time are broken by id, so the order is total and cursors are exact. */
  list(filter: AccessFilter): Promise<AccessRequestEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(AccessRequestEntity, 'r')
      .innerJoinAndSelect('r.product', 'p')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(filter.limit);
    if (filter.productId !== undefined) query.andWhere('r.product_id = :productId', { productId: filter.productId });
    if (filter.principalId !== undefined) {
      query.andWhere('r.principal_id = :principalId', { principalId: filter.principalId });
    }
    if (filter.domain !== undefined) query.andWhere('p.domain = :domain', { domain: filter.domain });
    if (filter.state !== undefined) query.andWhere('r.state = :state', { state: filter.state });
    if (filter.olderThan !== undefined) {
      query.andWhere('(r.created_at, r.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))', {
        cursorAt: filter.olderThan.createdAt,
        cursorId: filter.olderThan.id,
      });
    }
    return query.getMany();
  }

  private load(manager: EntityManager, id: string): Promise<AccessRequestEntity | null> {
    return manager.findOne(AccessRequestEntity, { where: { id }, relations: { product: true } });
  }

  private reload(manager: EntityManager, id: string): Promise<AccessRequestEntity> {
    return manager.findOneOrFail(AccessRequestEntity, { where: { id }, relations: { product: true } });
  }
}
