import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PrincipalKind, RoleGrant } from '@mesh/platform';
import { DataSource, EntityManager } from 'typeorm';
import { PrincipalEntity, PrincipalRoleEntity } from './principal.entity';

@Injectable()
export class PrincipalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the principal with its roles unless its name is taken; null then. */
  async insertIfAbsent(
    manager: EntityManager,
    principal: { name: string; kind: PrincipalKind; roles: readonly RoleGrant[] },
  ): Promise<PrincipalEntity | null> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(PrincipalEntity)
      .values({ name: principal.name, kind: principal.kind })
      .orIgnore()
      .returning('id')
      .execute();
    const rows = inserted.raw as { id: string }[];
    if (rows.length === 0) return null;
    const id = rows[0].id;
    if (principal.roles.length > 0) {
      await manager.insert(
        PrincipalRoleEntity,
        principal.roles.map((grant) => ({ principalId: id, role: grant.role, domain: grant.domain ?? null })),
      );
    }
    return this.load(manager, { id });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PrincipalEntity | null> {
    return this.load(manager, { id });
  }

  findByName(manager: EntityManager, name: string): Promise<PrincipalEntity | null> {
    return this.load(manager, { name });
  }

  /** Principals by name after `after`, only those with a role in `domain` when given. */
  list(filter: { domain?: string; after?: string; limit: number }): Promise<PrincipalEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(PrincipalEntity, 'p')
      .leftJoinAndSelect('p.roles', 'r')
      .orderBy('p.name', 'ASC')
      .take(filter.limit);
    if (filter.domain !== undefined) {
      query.andWhere('EXISTS (SELECT 1 FROM principal_roles d WHERE d.principal_id = p.id AND d.domain = :domain)', {
        domain: filter.domain,
      });
    }
    if (filter.after !== undefined) query.andWhere('p.name > :after', { after: filter.after });
    return query.getMany();
  }

  private load(manager: EntityManager, where: { id: string } | { name: string }): Promise<PrincipalEntity | null> {
    return manager.findOne(PrincipalEntity, { where, relations: { roles: true } });
  }
}
