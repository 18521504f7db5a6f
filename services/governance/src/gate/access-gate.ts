import { Inject, Injectable } from '@nestjs/common';
import { newEvent, type EventType, type MeshEvent } from '@mesh/contracts';
import { OnEvent, Outbox, type EventContext } from '@mesh/messaging';
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
@Injectable()
export class AccessGate {
  constructor(
    private readonly engine: PolicyEngine,
    private readonly copies: ProductCopiesRepository,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  @OnEvent('access.requested')
  async onRequested(event: MeshEvent<'access.requested'>, { manager }: EventContext): Promise<void> {
    const { requestId, product, principal, port, purpose } = event.payload;
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
        correlationId: event.correlationId ?? event.eventId,
        causationId: event.eventId,
        payload: { decisionId: randomUUID(), requestId, product, principal, outcome: decide(evaluations), evaluations },
      }),
    );
  }
}
