import { Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { type AuthenticatedPrincipal, hasRole, missingRight, ownedDomains, type Page, toPage } from '@mesh/platform';
import type { AuditEntryEntity, AuditSnapshot } from './audit-entry.entity';
import type { AuditQuery } from './audit.requests';
import { AuditRepository } from './audit.repository';

export interface AuditEntryView {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  subject: string;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  service: string;
  requestId: string | null;
  path: string | null;
  status: number | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** Entries newest first. Platform and governance admins see all of them, a domain owner those of their domains. */
  async query(reader: AuthenticatedPrincipal, query: AuditQuery): Promise<Page<AuditEntryView>> {
    const { cursor, limit, ...filter } = query;
    const rows = await this.repository.find({
      ...filter,
      domains: visibleDomains(reader),
      olderThan: cursor === undefined ? undefined : { at: new Date(cursor[0]), id: cursor[1] },
      limit: limit + 1,
    });
    return toPage(rows.map(toView), limit, (entry) => [entry.at.toISOString(), entry.id]);
  }

  /** Keeps a write request another service answered, as of the time it answered. */
  async keepServiceWrite(event: MeshEvent<'audit.write.recorded'>, manager: EntityManager): Promise<void> {
    const { service, method, route, path, status, requestId, domains } = event.payload;
    await this.repository.append(manager, {
      at: new Date(event.occurredAt),
      actor: event.actor,
      action: `${method} ${route}`,
      subject: event.subject,
      domains,
      before: null,
      after: null,
      service,
      requestId,
      path,
      status,
    });
  }
}

/** The domains whose entries the reader may see; undefined for all. */
function visibleDomains(reader: AuthenticatedPrincipal): string[] | undefined {
  if (hasRole(reader, 'platform-admin') || hasRole(reader, 'governance-admin')) return undefined;
  const owned = ownedDomains(reader);
  if (owned.length === 0) throw missingRight('platform-admin or governance-admin or domain-owner');
  return owned;
}

function toView(entry: AuditEntryEntity): AuditEntryView {
  const { id, at, actor, action, subject, before, after, service, requestId, path, status } = entry;
  return { id, at, actor, action, subject, before, after, service, requestId, path, status };
}
