import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { causedBy, newEvent, type EventType, type PayloadOf } from '@mesh/contracts';
import { Outbox, type MeshEventContext } from '@mesh/messaging';
import { SERVICE_NAME } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import { compare } from 'semver';
import { accessRequestContext } from '../evaluation/access-request-context';
import { decide, evaluatePolicies } from '../evaluation/evaluator';
import { PolicyEngine } from '../evaluation/policy-engine';
import { ProductCopiesRepository } from '../products/product-copies.repository';

/** The events the access gate consumes. */
export const ACCESS_GATE_EVENTS = ['access.requested'] as const satisfies readonly EventType[];

/**
 * The access gate: every access request is evaluated against the access-request policies of its product's domain
 * and the global ones, and `governance.access.decided` is put in the outbox in the consumer's transaction. The
 * registry denies the request on a rejection (or revokes the grant an automatic approval made meanwhile).
 */
@Controller()
export class AccessGate {
  constructor(
    private readonly engine: PolicyEngine,
    private readonly copies: ProductCopiesRepository,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  @EventPattern('access.requested')
  async onRequested(
    @Payload() { requestId, product, principal, port, purpose }: PayloadOf<'access.requested'>,
    @Ctx() { event, manager }: MeshEventContext<'access.requested'>,
  ): Promise<void> {
    const [policies, readable] = await Promise.all([
      this.engine.loadAccessPolicies(product.domain, manager),
      this.copies.readableVersionsOf([product], manager),
    ]);
    const latest = readable.sort((a, b) => compare(b.version, a.version))[0];
    const context = accessRequestContext(
      { id: requestId, principal, port, purpose },
      latest?.descriptor ?? {},
      product.domain,
      new Date(),
    );
    const evaluations = evaluatePolicies(policies, context);
    await Outbox.add(
      manager,
      newEvent('governance.access.decided', {
        subject: event.subject,
        producer: this.producer,
        ...causedBy(event),
        payload: { decisionId: randomUUID(), requestId, product, principal, outcome: decide(evaluations), evaluations },
      }),
    );
  }
}
