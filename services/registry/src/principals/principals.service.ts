import { Injectable } from '@nestjs/common';
import {
  type AuthenticatedPrincipal,
  type Page,
  parseInput,
  type PrincipalKind,
  type RoleGrant,
  toPage,
} from '@mesh/platform';
import { z } from 'zod';
import { AuditedTransaction, AuditedTransactions } from '../audit/audited-transactions';
import { DomainsService } from '../domains/domains.service';
import { requireManagePrincipal } from './principal-rights';
import { PrincipalError } from './principal.errors';
import { domainsOf, principalUrn, sortedRoles, toPrincipalView, type PrincipalView } from './principal.model';
import type { CreatePrincipalInput, ListPrincipalsQuery } from './principals.requests';
import { PrincipalsRepository } from './principals.repository';

@Injectable()
export class PrincipalsService {
  constructor(
    private readonly repository: PrincipalsRepository,
    private readonly domains: DomainsService,
    private readonly transactions: AuditedTransactions,
  ) {}

  /** Creates a principal; platform admins may grant any roles, domain owners roles within their domains. */
  async create(actor: AuthenticatedPrincipal, input: CreatePrincipalInput): Promise<PrincipalView> {
    requireManagePrincipal(actor, input.roles);
    await this.requireDomainsExist(input.roles);
    return this.transactions.run(actor, (transaction) => this.insert(transaction, input));
  }

  /**
   * The principal with this name, created with `spec` when there is none; the registry's own bootstrap admin.
   * Runs in the caller's transaction.
   */
  async ensure(
    transaction: AuditedTransaction,
    spec: { name: string; kind: PrincipalKind; roles: readonly RoleGrant[] },
  ): Promise<PrincipalView> {
    const existing = await this.repository.findByName(transaction.manager, spec.name);
    return existing === null ? this.insert(transaction, spec) : toPrincipalView(existing);
  }

  async get(id: string): Promise<PrincipalView> {
    const principal = await this.repository.findById(id);
    if (principal === null) throw new PrincipalError('principal_not_found', `no principal with id '${id}'`);
    return toPrincipalView(principal);
  }

  async list(query: ListPrincipalsQuery): Promise<Page<PrincipalView>> {
    const rows = await this.repository.list({ domain: query.domain, after: query.cursor?.[0], limit: query.limit + 1 });
    return toPage(rows.map(toPrincipalView), query.limit, (principal) => [principal.name]);
  }

  private async insert(
    transaction: AuditedTransaction,
    spec: { name: string; kind: PrincipalKind; roles: readonly RoleGrant[] },
  ): Promise<PrincipalView> {
    const created = await this.repository.insertIfAbsent(transaction.manager, {
      ...spec,
      roles: sortedRoles(spec.roles),
    });
    if (created === null) throw new PrincipalError('principal_exists', `a principal named '${spec.name}' exists`);
    const principal = toPrincipalView(created);
    await transaction.record({
      action: 'principal.created',
      subject: principalUrn(principal.id),
      domains: domainsOf(principal.roles),
      before: null,
      after: { ...principal },
    });
    return principal;
  }

  /** Roles must name existing domains: a 400 pointing at each one that does not, as for any invalid field. */
  private async requireDomainsExist(roles: readonly RoleGrant[]): Promise<void> {
    const unknown = new Set(await this.domains.unknown(domainsOf(roles)));
    if (unknown.size === 0) return;
    const existingDomain = z.string().refine(
      (domain) => !unknown.has(domain),
      (domain) => ({ message: `no domain '${domain}'` }),
    );
    parseInput(z.object({ roles: z.array(z.object({ domain: existingDomain.optional() })) }), { roles });
  }
}
