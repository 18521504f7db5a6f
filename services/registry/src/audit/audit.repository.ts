import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity, type AuditSnapshot } from './audit-entry.entity';

export interface NewAuditEntry {
  /** When it happened; the time of the insert when not given. */
  at?: Date;
  actor: string | null;
  action: string;
  subject: string;
  domains: readonly string[];
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  service: string;
  requestId: string | null;
  path: string | null;
  status: number | null;
}

export interface AuditFilter {
  subject?: string;
  service?: string;
  requestId?: string;
  actor?: string;
  action?: string;
  since?: Date;
  until?: Date;
  /** Only entries that concern one of these domains; every entry when undefined. */
  domains?: readonly string[];
  /** Entries older than this (at, id) key: the cursor of the previous page. */
  olderThan?: { at: Date; id: string };
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an entry in the caller's transaction, so it commits exactly when the change does. */
  async append(manager: EntityManager, entry: NewAuditEntry): Promise<void> {
    // `save` rather than `insert`: TypeORM's insert types cannot express a free-form jsonb object.
    await manager.save(AuditEntryEntity, { ...entry, domains: [...entry.domains] });
  }

  /** Newest first; ties in time are broken by id, so the order is total and cursors are exact. */
  find(filter: AuditFilter): Promise<AuditEntryEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(AuditEntryEntity, 'a')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(filter.limit);
    if (filter.subject !== undefined) query.andWhere('a.subject = :subject', { subject: filter.subject });
    if (filter.actor !== undefined) query.andWhere('a.actor = :actor', { actor: filter.actor });
    if (filter.action !== undefined) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.service !== undefined) query.andWhere('a.service = :service', { service: filter.service });
    if (filter.requestId !== undefined) query.andWhere('a.request_id = :requestId', { requestId: filter.requestId });
    if (filter.since !== undefined) query.andWhere('a.at >= :since', { since: filter.since });
    if (filter.until !== undefined) query.andWhere('a.at < :until', { until: filter.until });
    if (filter.domains !== undefined) {
      query.andWhere('a.domains && CAST(:domains AS text[])', { domains: [...filter.domains] });
    }
    if (filter.olderThan !== undefined) {
      query.andWhere('(a.at, a.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS bigint))', {
        cursorAt: filter.olderThan.at,
        cursorId: filter.olderThan.id,
      });
    }
    return query.getMany();
  }
}
