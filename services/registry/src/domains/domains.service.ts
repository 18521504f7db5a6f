import { Injectable } from '@nestjs/common';
import { domainUrn } from '@mesh/contracts';
import { type AuthenticatedPrincipal, type Page, requireDomainOwner, requireRole, toPage } from '@mesh/platform';
import { AuditedTransactions } from '../audit/audited-transactions';
import { DomainError } from './domain.errors';
import {
  changedAttributes,
  domainCreatedPayload,
  domainUpdatedPayload,
  domainViewOf,
  type DomainView,
} from './domain.model';
import type { CreateDomainInput, ListDomainsQuery, UpdateDomainInput } from './domains.requests';
import { DomainsRepository } from './domains.repository';

@Injectable()
export class DomainsService {
  constructor(
    private readonly repository: DomainsRepository,
    private readonly transactions: AuditedTransactions,
  ) {}

  /** Registers a domain (platform admins only); announced as `domain.created`. */
  create(actor: AuthenticatedPrincipal, input: CreateDomainInput): Promise<DomainView> {
    requireRole(actor, 'platform-admin');
    return this.transactions.run(actor, async (transaction) => {
      const created = await this.repository.insertIfAbsent(transaction.manager, {
        ...input,
        description: input.description ?? null,
      });
      if (created === null) throw new DomainError('domain_exists', `domain '${input.name}' already exists`);
      const domain = domainViewOf(created);
      const subject = domainUrn(domain.name);
      await transaction.record({
        action: 'domain.created',
        subject,
        domains: [domain.name],
        before: null,
        after: { ...domain },
      });
      await transaction.emit('domain.created', subject, domainCreatedPayload(domain));
      return domain;
    });
  }

  /** Changes a domain's description (its owners or a platform admin); announced as `domain.updated` if anything changed. */
  update(actor: AuthenticatedPrincipal, name: string, patch: UpdateDomainInput): Promise<DomainView> {
    requireDomainOwner(actor, name);
    return this.transactions.run(actor, async (transaction) => {
      const current = await this.repository.findForUpdate(transaction.manager, name);
      if (current === null) throw notFound(name);
      const before = domainViewOf(current);
      const changed = changedAttributes(before, patch);
      if (changed.length === 0) return before;
      const after = domainViewOf(await this.repository.update(transaction.manager, name, patch));
      const subject = domainUrn(name);
      await transaction.record({
        action: 'domain.updated',
        subject,
        domains: [name],
        before: { ...before },
        after: { ...after },
      });
      await transaction.emit('domain.updated', subject, domainUpdatedPayload(after, changed));
      return after;
    });
  }

  async get(name: string): Promise<DomainView> {
    const domain = await this.repository.find(name);
    if (domain === null) throw notFound(name);
    return domainViewOf(domain);
  }

  async list(query: ListDomainsQuery): Promise<Page<DomainView>> {
    const rows = await this.repository.list(query.cursor?.[0], query.limit + 1);
    return toPage(rows.map(domainViewOf), query.limit, (domain) => [domain.name]);
  }

  /** The names among `names` that are not domains. */
  async unknown(names: readonly string[]): Promise<string[]> {
    const existing = await this.repository.existing(names);
    return names.filter((name) => !existing.has(name));
  }
}

function notFound(name: string) {
  return new DomainError('domain_not_found', `no domain '${name}'`);
}
