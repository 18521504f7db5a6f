import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { DomainEntity } from './domain.entity';
import type { DomainAttributes } from './domain.model';

@Injectable()
export class DomainsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the domain unless one with its name exists; null then. Safe against concurrent creations. */
  async insertIfAbsent(
    manager: EntityManager,
    domain: DomainAttributes & { name: string },
  ): Promise<DomainEntity | null> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DomainEntity)
      .values(domain)
      .orIgnore()
      .returning('name')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return null;
    return manager.findOneByOrFail(DomainEntity, { name: domain.name });
  }

  /** The domain, locked until the transaction ends, so that concurrent updates apply one after the other. */
  findForUpdate(manager: EntityManager, name: string): Promise<DomainEntity | null> {
    return manager.findOne(DomainEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, name: string, changes: Partial<DomainAttributes>): Promise<DomainEntity> {
    await manager.update(DomainEntity, { name }, { ...changes, updatedAt: () => 'now()' });
    return manager.findOneByOrFail(DomainEntity, { name });
  }

  find(name: string): Promise<DomainEntity | null> {
    return this.dataSource.manager.findOneBy(DomainEntity, { name });
  }

  /** Domains by name, after `after` when given. */
  list(after: string | undefined, limit: number): Promise<DomainEntity[]> {
    return this.dataSource.manager.find(DomainEntity, {
      where: after === undefined ? {} : { name: MoreThan(after) },
      order: { name: 'ASC' },
      take: limit,
    });
  }

  /** Which of the names are domains. */
  async existing(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(DomainEntity, {
      select: { name: true },
      where: { name: In([...names]) },
    });
    return new Set(rows.map((row) => row.name));
  }
}
