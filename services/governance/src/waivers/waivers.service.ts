import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { errorFamily, toPage, type AuthenticatedPrincipal, type Page } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ReevaluationQueue } from '../compliance/reevaluation.queue';
import { PoliciesRepository } from '../policies/policies.repository';
import { requireWaiverApprover } from '../policies/policy-rights';
import { productKey } from '../products/product-ref';
import type { CreateWaiverInput, ListWaiversQuery } from './waivers.requests';
import { WaiversRepository, type Waiver } from './waivers.repository';

export const WaiverError = errorFamily('WaiverError', {
  waiver_not_found: 404,
  policy_not_found: 404,
  waiver_inactive: 409,
});

/**
 * Exemptions of one product from one policy, granted by governance with a reason and an expiry. Granting,
 * revoking and expiring each re-evaluate the product, in the transaction that changes the waiver.
 */
@Injectable()
export class WaiversService {
  constructor(
    private readonly repository: WaiversRepository,
    private readonly policies: PoliciesRepository,
    private readonly reevaluations: ReevaluationQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(actor: AuthenticatedPrincipal, input: CreateWaiverInput): Promise<Waiver> {
    requireWaiverApprover(actor);
    const policy = await this.policies.find(input.policyId);
    if (policy === null || policy.deleted) {
      throw new WaiverError('policy_not_found', `no policy ${input.policyId}`, [
        { pointer: '/policyId', message: `no policy ${input.policyId}` },
      ]);
    }
    const waiver = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(manager, {
        id: randomUUID(),
        ...input.product,
        policyId: input.policyId,
        reason: input.reason,
        approver: actor.id,
        expiresAt: input.expiresAt,
      });
      await this.reevaluations.request(manager, input.product, `waiver ${created.id} granted`);
      return created;
    });
    this.reevaluations.wake();
    return waiver;
  }

  async revoke(actor: AuthenticatedPrincipal, id: string): Promise<Waiver> {
    requireWaiverApprover(actor);
    const waiver = await this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findForUpdate(manager, id);
      if (found === null) throw new WaiverError('waiver_not_found', `no waiver ${id}`);
      if (found.revokedAt !== null || found.expiresAt.getTime() <= Date.now()) {
        throw new WaiverError('waiver_inactive', `waiver ${id} is already ${found.revokedAt ? 'revoked' : 'expired'}`);
      }
      const revoked = await this.repository.revoke(manager, id, actor.id);
      await this.reevaluations.request(manager, revoked, `waiver ${id} revoked`);
      return revoked;
    });
    this.reevaluations.wake();
    return waiver;
  }

  /** A page of waivers, oldest first. */
  async list({ product, active, cursor, limit }: ListWaiversQuery): Promise<Page<Waiver>> {
    const rows = await this.repository.list({ product, activeOnly: active, after: cursor, limit: limit + 1 });
    return toPage(rows, limit, (waiver) => [waiver.createdAt.toISOString(), waiver.id]);
  }

  /** Queues a re-evaluation of each product whose waiver expired since the last round; returns those products. */
  async expire(): Promise<string[]> {
    const products = await this.dataSource.transaction(async (manager) => {
      const expired = await this.repository.takeExpired(manager);
      for (const product of expired) {
        await this.reevaluations.request(manager, product, 'waiver expired');
      }
      return expired;
    });
    if (products.length > 0) this.reevaluations.wake();
    return products.map(productKey);
  }
}
