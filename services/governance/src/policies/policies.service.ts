import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { newEvent } from '@mesh/contracts';
import { Outbox } from '@mesh/messaging';
import { SERVICE_NAME, toPage, type AuthenticatedPrincipal, type Page } from '@mesh/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ReevaluationQueue } from '../compliance/reevaluation.queue';
import { compileExpression } from '../evaluation/cel';
import type { ListPoliciesQuery } from './policies.requests';
import { PoliciesRepository, type PolicyChange, type PolicyRevision, type StoredPolicy } from './policies.repository';
import { PolicyError } from './policy.errors';
import { formatScope, sameSpec, type Policy, type PolicySpec } from './policy.model';
import { requirePolicyWrite } from './policy-rights';

export interface ApplyOutcome {
  policy: StoredPolicy;
  /** created: a new id; updated: a new revision; unchanged: the same spec again, no revision. */
  change: PolicyChange | 'unchanged';
}

/**
 * Policies as code. Every change makes a revision, emits `governance.policy.changed` and queues a re-evaluation of
 * the published products in the policy's scope, all in one transaction.
 *
 * Federation: a domain policy can only add checks. Evaluation takes every global policy and the domain's own
 * together, so nothing a domain writes removes a global check; a domain policy cannot take a global policy's id
 * (nor the reverse: a policy's scope never changes), and waivers are governance's alone.
 */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly repository: PoliciesRepository,
    private readonly reevaluations: ReevaluationQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  async apply(actor: AuthenticatedPrincipal, spec: PolicySpec): Promise<ApplyOutcome> {
    requirePolicyWrite(actor, spec.domain);
    const compiled = compileExpression(spec.expression, spec.target);
    if (!compiled.ok) {
      const { line, column, offset, message } = compiled.problem;
      const where = `line ${line}, column ${column} (offset ${offset})`;
      throw new PolicyError('invalid_expression', `invalid CEL expression at ${where}: ${message}`, [
        { pointer: '/expression', message: `${where}: ${message}` },
      ]);
    }
    const change = await this.dataSource.transaction(async (manager): Promise<ApplyOutcome['change']> => {
      const existing = await this.repository.findForUpdate(manager, spec.id);
      if (existing !== null && existing.domain !== spec.domain) {
        throw new PolicyError(
          'scope_conflict',
          `policy ${spec.id} is ${formatScope(existing.domain)}; a policy keeps its scope, so a domain policy can ` +
            'never replace a global one: choose another id',
          [{ pointer: '/scope', message: `must be ${formatScope(existing.domain)}, the scope of policy ${spec.id}` }],
        );
      }
      if (existing !== null && !existing.deleted && sameSpec(existing, spec)) {
        return 'unchanged';
      }
      const made: PolicyChange = existing === null || existing.deleted ? 'created' : 'updated';
      const policy: Policy = { ...spec, revision: (existing?.revision ?? 0) + 1 };
      await this.repository.save(manager, policy, made, actor.id, existing !== null);
      await this.announce(manager, policy, made, actor.id);
      return made;
    });
    if (change !== 'unchanged') this.reevaluations.wake();
    return { policy: await this.get(spec.id), change };
  }

  async remove(actor: AuthenticatedPrincipal, id: string): Promise<void> {
    const current = await this.get(id);
    requirePolicyWrite(actor, current.domain);
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.repository.findForUpdate(manager, id);
      if (existing === null || existing.deleted) throw notFound(id);
      const policy: Policy = { ...existing, revision: existing.revision + 1 };
      await this.repository.save(manager, policy, 'deleted', actor.id, true);
      await this.announce(manager, policy, 'deleted', actor.id);
    });
    this.reevaluations.wake();
  }

  async get(id: string): Promise<StoredPolicy> {
    const policy = await this.repository.find(id);
    if (policy === null || policy.deleted) throw notFound(id);
    return policy;
  }

  /** A page of live policies by id; `scope` narrows them to the global ones (null) or one domain's. */
  async list({ scope, target, cursor, limit }: ListPoliciesQuery): Promise<Page<StoredPolicy>> {
    const rows = await this.repository.list({ domain: scope, target, after: cursor?.[0], limit: limit + 1 });
    return toPage(rows, limit, (policy) => [policy.id]);
  }

  async history(id: string): Promise<PolicyRevision[]> {
    const revisions = await this.repository.revisions(id);
    if (revisions.length === 0) throw notFound(id);
    return revisions;
  }

  /** Seeds a policy unless its id exists (the starter pack at boot); announces and re-evaluates like any change. */
  async seed(spec: PolicySpec): Promise<boolean> {
    const policy: Policy = { ...spec, revision: 1 };
    const inserted = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.insertIfMissing(manager, policy))) return false;
      await this.announce(manager, policy, 'created', null);
      return true;
    });
    if (inserted) this.reevaluations.wake();
    return inserted;
  }

  private async announce(
    manager: EntityManager,
    policy: Policy,
    change: PolicyChange,
    actor: string | null,
  ): Promise<void> {
    await Outbox.add(
      manager,
      newEvent('governance.policy.changed', {
        subject: `urn:mesh:policy:${policy.id}`,
        producer: this.producer,
        actor,
        payload: {
          policyId: policy.id,
          policyVersion: policy.revision,
          change,
          domain: policy.domain,
          severity: policy.severity,
        },
      }),
    );
    if (policy.target === 'product-version') {
      await this.reevaluations.request(manager, { domain: policy.domain, name: null }, `policy ${policy.id} ${change}`);
    }
  }
}

function notFound(id: string) {
  return new PolicyError('policy_not_found', `no policy ${id}`);
}
