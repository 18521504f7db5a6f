import type { EventType, Grant, PayloadOf, ProductRef } from '@mesh/contracts';
import type { AccessAction, AccessState } from './access-lifecycle';
import type { AccessRequestEntity } from './access-request.entity';

export function accessRequestUrn(id: string): string {
  return `urn:mesh:access-request:${id}`;
}

export interface AccessRequestView {
  id: string;
  product: ProductRef;
  principal: string;
  requestedBy: string;
  purpose: string;
  until: Date;
  state: AccessState;
  grantId: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  revokedBy: string | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toAccessRequestView(request: AccessRequestEntity): AccessRequestView {
  return {
    id: request.id,
    product: { domain: request.product.domain, name: request.product.name },
    principal: request.principalId,
    requestedBy: request.requestedBy,
    purpose: request.purpose,
    until: request.until,
    state: request.state,
    grantId: request.grantId,
    decidedBy: request.decidedBy,
    decidedAt: request.decidedAt,
    reason: request.reason,
    revokedBy: request.revokedBy,
    revokedAt: request.revokedAt,
    revocationReason: request.revocationReason,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

/** The event announcing each decision; its wire name is also the audit action. */
export const ACCESS_EVENTS = {
  approve: 'access.granted',
  deny: 'access.denied',
  revoke: 'access.revoked',
} as const satisfies Record<AccessAction, EventType>;

export type AccessEvent<A extends AccessAction> = (typeof ACCESS_EVENTS)[A];

/**
 * The grant of a granted (or revoked) request: the principal by id, since ids never change, and every port of
 * the product, since requests are for the product as a whole.
 */
function grantOf(request: AccessRequestView): Grant {
  if (request.grantId === null) throw new Error(`access request ${request.id} has no grant`);
  return { grantId: request.grantId, principal: request.principal, product: request.product, port: null };
}

export function requestedPayload(request: AccessRequestView): PayloadOf<'access.requested'> {
  const { id, product, principal, purpose } = request;
  return { requestId: id, product, principal, port: null, purpose };
}

/** The payload of the event announcing each decision, from the request after it. */
export const ACCESS_PAYLOADS: { [A in AccessAction]: (request: AccessRequestView) => PayloadOf<AccessEvent<A>> } = {
  approve: (request) => ({ requestId: request.id, grant: grantOf(request), expiresAt: request.until.getTime() }),
  deny: (request) => ({
    requestId: request.id,
    product: request.product,
    principal: request.principal,
    reason: request.reason ?? 'no reason given',
  }),
  revoke: (request) => ({ grant: grantOf(request), reason: request.revocationReason }),
};
