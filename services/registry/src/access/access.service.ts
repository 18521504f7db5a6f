import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import { NonRetryableError } from '@mesh/messaging';
import {
  type AuthenticatedPrincipal,
  LOGGER,
  type Page,
  requireDomainRead,
  requireDomainWrite,
  requireRole,
  toPage,
} from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { AuditedTransactions, type AuditedTransaction } from '../audit/audited-transactions';
import { EventTransactions } from '../audit/event-transactions';
import { violationsOf } from '../lifecycle/violations';
import { requireManagePrincipal } from '../principals/principal-rights';
import { PrincipalsService } from '../principals/principals.service';
import type { ProductEntity } from '../products/product.entity';
import { productNotFound } from '../products/product.errors';
import { highest } from '../products/product.model';
import { ProductsRepository } from '../products/products.repository';
import { ACCESS_LIFECYCLE, AccessError, type AccessAction } from './access-lifecycle';
import type { AccessRequestEntity } from './access-request.entity';
import {
  ACCESS_EVENTS,
  ACCESS_PAYLOADS,
  accessRequestUrn,
  requestedPayload,
  toAccessRequestView,
  type AccessRequestView,
} from './access.model';
import { AccessRepository, type AccessChanges, type AccessFilter } from './access.repository';
import type {
  CreateAccessRequestInput,
  DecisionInput,
  PrincipalAccessQuery,
  ProductAccessQuery,
} from './access.requests';

@Injectable()
export class AccessService {
  constructor(
    private readonly repository: AccessRepository,
    private readonly products: ProductsRepository,
    private readonly principals: PrincipalsService,
    private readonly transactions: AuditedTransactions,
    private readonly events: EventTransactions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Any principal asks for access for itself; asking for another principal takes the right to manage it (a
   * platform admin, or an owner of its domains). Granted at once, without an approver, when the product's latest
   * published version says `approval: auto`; pending otherwise, including while nothing is published. Governance
   * evaluates every request against its access-request policies and may still refuse it (applyGovernanceDecision).
   */
  async request(
    actor: AuthenticatedPrincipal,
    product: { domain: string; name: string },
    input: CreateAccessRequestInput,
  ): Promise<AccessRequestView> {
    const found = await this.requireProduct(product.domain, product.name);
    const principalId = input.principal ?? actor.id;
    if (principalId !== actor.id) requireManagePrincipal(actor, (await this.principals.get(principalId)).roles);
    const automatic = await this.approvesAutomatically(found);
    return this.transactions.run(actor, async (transaction) => {
      const created = await this.repository.insert(transaction.manager, {
        productId: found.id,
        principalId,
        requestedBy: actor.id,
        purpose: input.purpose,
        until: input.until,
      });
      const view = toAccessRequestView(created);
      await record(transaction, 'access.requested', null, view);
      await transaction.emit('access.requested', accessRequestUrn(view.id), requestedPayload(view));
      if (!automatic) return view;
      const granted = await this.transition(transaction, created, 'approve', {
        grantId: randomUUID(),
        decidedBy: null,
        decidedAt: new Date(),
        reason: "granted automatically: the product's access approval is auto",
      });
      return toAccessRequestView(granted);
    });
  }

  /** The owning domain grants a pending request. */
  approve(actor: AuthenticatedPrincipal, id: string, input: DecisionInput): Promise<AccessRequestView> {
    return this.decide(actor, id, 'approve', owningDomain(actor), {
      grantId: randomUUID(),
      decidedBy: actor.id,
      decidedAt: new Date(),
      reason: input.reason ?? null,
    });
  }

  /** The owning domain turns a pending request down. */
  deny(actor: AuthenticatedPrincipal, id: string, input: DecisionInput): Promise<AccessRequestView> {
    return this.decide(actor, id, 'deny', owningDomain(actor), {
      decidedBy: actor.id,
      decidedAt: new Date(),
      reason: input.reason ?? null,
    });
  }

  /** The owning domain withdraws a grant, or its holder gives it up. */
  revoke(actor: AuthenticatedPrincipal, id: string, input: DecisionInput): Promise<AccessRequestView> {
    const ownerOrHolder = (request: AccessRequestEntity) => {
      if (request.principalId !== actor.id) owningDomain(actor)(request);
    };
    return this.decide(actor, id, 'revoke', ownerOrHolder, {
      revokedBy: actor.id,
      revokedAt: new Date(),
      revocationReason: input.reason ?? null,
    });
  }

  /**
   * Applies governance's verdict on a request (its access-request policies): a rejection denies a pending request,
   * and revokes the grant an automatic approval made before the verdict came, with the failed policies as reason.
   * An approval changes nothing: the owners, or the descriptor, still decide.
   */
  async applyGovernanceDecision(event: MeshEvent<'governance.access.decided'>, manager: EntityManager): Promise<void> {
    const { requestId, outcome, evaluations } = event.payload;
    if (outcome === 'approved') return;
    const reason = `refused by governance: ${violationsOf(
      evaluations.filter((evaluation) => evaluation.severity === 'blocking'),
    )
      .map((violation) => `${violation.policyId}: ${violation.message}`)
      .join('; ')}`;
    await this.events.join(manager, event, async (transaction) => {
      const request = await this.repository.findForUpdate(transaction.manager, requestId);
      if (request === null)
        throw new NonRetryableError(`${event.type} is about access request ${requestId}, which does not exist`);
      if (request.state === 'pending') {
        await this.transition(transaction, request, 'deny', { decidedBy: null, decidedAt: new Date(), reason });
      } else if (request.state === 'granted') {
        await this.transition(transaction, request, 'revoke', {
          revokedBy: null,
          revokedAt: new Date(),
          revocationReason: reason,
        });
      } else {
        this.logger.info({ requestId, state: request.state }, 'governance refused an access request already closed');
      }
    });
  }

  /** The requests for a product, for its domain's writers and the services that read every domain. */
  async listForProduct(
    actor: AuthenticatedPrincipal,
    product: { domain: string; name: string },
    query: ProductAccessQuery,
  ): Promise<Page<AccessRequestView>> {
    requireDomainRead(actor, product.domain);
    const found = await this.requireProduct(product.domain, product.name);
    return this.page({ productId: found.id }, query);
  }

  /** The requests for every product of a domain, for its writers (an owner's inbox) and platform readers. */
  listForDomain(
    actor: AuthenticatedPrincipal,
    domain: string,
    query: ProductAccessQuery,
  ): Promise<Page<AccessRequestView>> {
    requireDomainRead(actor, domain);
    return this.page({ domain }, query);
  }

  /** A principal's own requests; platform admins may read anyone's. */
  listForPrincipal(actor: AuthenticatedPrincipal, query: PrincipalAccessQuery): Promise<Page<AccessRequestView>> {
    const { principal = actor.id, ...rest } = query;
    if (principal !== actor.id) requireRole(actor, 'platform-admin');
    return this.page({ principalId: principal }, rest);
  }

  /**
   * Checks the right (`authorize` throws when the actor lacks it) on the request as read, then changes the request
   * locked, whose state is checked again there: a concurrent decision cannot slip in between.
   */
  private async decide(
    actor: AuthenticatedPrincipal,
    id: string,
    action: AccessAction,
    authorize: (request: AccessRequestEntity) => void,
    changes: AccessChanges,
  ): Promise<AccessRequestView> {
    const request = await this.repository.find(id);
    if (request === null) throw notFound(id);
    authorize(request);
    return this.transactions.run(actor, async (transaction) => {
      const locked = await this.repository.findForUpdate(transaction.manager, id);
      if (locked === null) throw notFound(id);
      return toAccessRequestView(await this.transition(transaction, locked, action, changes));
    });
  }

  private async transition<A extends AccessAction>(
    transaction: AuditedTransaction,
    request: AccessRequestEntity,
    action: A,
    changes: AccessChanges,
  ): Promise<AccessRequestEntity> {
    const state = ACCESS_LIFECYCLE.require(
      { state: request.state, description: `access request ${request.id}` },
      action,
    );
    const after = await this.repository.update(transaction.manager, request.id, { ...changes, state });
    const view = toAccessRequestView(after);
    await record(transaction, ACCESS_EVENTS[action], toAccessRequestView(request), view);
    await transaction.emit(ACCESS_EVENTS[action], accessRequestUrn(view.id), ACCESS_PAYLOADS[action](view));
    return after;
  }

  private async page(
    filter: Pick<AccessFilter, 'productId' | 'principalId' | 'domain'>,
    query: ProductAccessQuery,
  ): Promise<Page<AccessRequestView>> {
    const { cursor, limit, state } = query;
    const rows = await this.repository.list({
      ...filter,
      state,
      olderThan: cursor === undefined ? undefined : { createdAt: new Date(cursor[0]), id: cursor[1] },
      limit: limit + 1,
    });
    return toPage(rows.map(toAccessRequestView), limit, (request) => [request.createdAt.toISOString(), request.id]);
  }

  private async approvesAutomatically(product: ProductEntity): Promise<boolean> {
    const versions = await this.products.versionsOf(product.id);
    const published = highest(versions.filter((version) => version.state === 'published'));
    return published?.descriptor.spec.access.approval === 'auto';
  }

  private async requireProduct(domain: string, name: string): Promise<ProductEntity> {
    return (await this.products.findProduct(domain, name)) ?? productNotFound(domain, name);
  }
}

function record(
  transaction: AuditedTransaction,
  action: string,
  before: AccessRequestView | null,
  after: AccessRequestView,
): Promise<void> {
  return transaction.record({
    action,
    subject: accessRequestUrn(after.id),
    domains: [after.product.domain],
    before: before === null ? null : { ...before },
    after: { ...after },
  });
}

/** Deciding on a request takes the right to change its product's domain. */
function owningDomain(actor: AuthenticatedPrincipal): (request: AccessRequestEntity) => void {
  return (request) => requireDomainWrite(actor, request.product.domain);
}

function notFound(id: string) {
  return new AccessError('request_not_found', `no access request ${id}`);
}
