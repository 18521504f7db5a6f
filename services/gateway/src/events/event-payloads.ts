import type { MeshEvent } from '@mesh/contracts';

/** The subscription fields of the schema, each fed by some of the mesh's event types. */
export const SUBSCRIPTION_FIELDS = [
  'qualityAlerts',
  'slaEvents',
  'productLifecycle',
  'provisioningProgress',
  'accessRequests',
  'complianceChanges',
] as const;
export type SubscriptionField = (typeof SUBSCRIPTION_FIELDS)[number];

/** Whom an event is about: the product (and version) whose readers may see it. */
export interface EventProduct {
  domain: string;
  name: string;
  version: string | null;
}

/** An event as one subscription field shows it, with what filters and the audience check need. */
export interface FieldEvent {
  field: SubscriptionField;
  product: EventProduct | null;
  /** Set for alert events, for the severity filter. */
  severity: string | null;
  /** The principal an access event is about: they see it too. */
  principal: string | null;
  payload: Record<string, unknown>;
}

const LIFECYCLE_STAGES: Partial<Record<MeshEvent['type'], string>> = {
  'product.version.proposed': 'proposed',
  'product.version.approved': 'approved',
  'product.version.rejected': 'rejected',
  'product.provisioning.started': 'provisioning',
  'product.version.published': 'published',
  'product.version.deprecated': 'deprecated',
  'product.version.retired': 'retired',
};

function base(event: MeshEvent) {
  return { eventId: event.eventId, occurredAt: event.occurredAt };
}

/**
 * What an event becomes for subscribers: one field event per subscription field it feeds (most feed one; a
 * governance decision feeds compliance; provisioning start feeds both lifecycle and progress). Enum values are
 * given as the services spell them; the schema's enum mapping turns them into GraphQL's.
 */
export function fieldEventsOf(event: MeshEvent): FieldEvent[] {
  const stage = LIFECYCLE_STAGES[event.type];
  const events: FieldEvent[] = [];
  if (stage !== undefined) events.push(lifecycleEvent(event, stage));
  switch (event.type) {
    case 'quality.alert.raised': {
      const { alertId, product, kind, severity, ruleId, message } = event.payload;
      events.push(alert(event, product, severity, { type: 'raised', alertId, kind, severity, ruleId, message }));
      break;
    }
    case 'quality.alert.acknowledged': {
      const { alertId, product, note } = event.payload;
      events.push(alert(event, product, null, { type: 'acknowledged', alertId, actor: event.actor, note }));
      break;
    }
    case 'quality.alert.resolved': {
      const { alertId, product, resolution } = event.payload;
      events.push(alert(event, product, null, { type: 'resolved', alertId, resolution }));
      break;
    }
    case 'quality.sla.breached': {
      const { product, sla, objective, observed, breachedSince } = event.payload;
      events.push(slaEvent(event, product, { type: 'breached', sla, objective, observed, breachedSince }));
      break;
    }
    case 'quality.sla.restored': {
      const { product, sla: kind, observed, breachDurationMs } = event.payload;
      events.push(slaEvent(event, product, { type: 'restored', sla: kind, observed, breachDurationMs }));
      break;
    }
    case 'product.provisioning.started': {
      const { product, jobId } = event.payload;
      events.push(provisioning(event, product, { type: 'started', jobId }));
      break;
    }
    case 'provisioning.port.provisioned': {
      const { product, jobId, port } = event.payload;
      events.push(provisioning(event, product, { type: 'port-provisioned', jobId, port: port.name }));
      break;
    }
    case 'provisioning.failed': {
      const { product, jobId, port, reason, attempts } = event.payload;
      events.push(provisioning(event, product, { type: 'failed', jobId, port, reason, attempts }));
      break;
    }
    case 'access.requested': {
      const { requestId, product, principal, purpose } = event.payload;
      events.push(access(event, product, principal, { type: 'requested', requestId, principal, purpose }));
      break;
    }
    case 'governance.access.decided': {
      const { requestId, product, principal, outcome } = event.payload;
      events.push(access(event, product, principal, { type: 'decided', requestId, principal, outcome }));
      break;
    }
    case 'access.granted': {
      const { requestId, grant } = event.payload;
      events.push(
        access(event, grant.product, grant.principal, { type: 'granted', requestId, principal: grant.principal }),
      );
      break;
    }
    case 'access.denied': {
      const { requestId, product, principal, reason } = event.payload;
      events.push(access(event, product, principal, { type: 'denied', requestId, principal, reason }));
      break;
    }
    case 'access.revoked': {
      const { grant, reason } = event.payload;
      events.push(
        access(event, grant.product, grant.principal, { type: 'revoked', principal: grant.principal, reason }),
      );
      break;
    }
    case 'governance.policy.changed': {
      const { policyId, change } = event.payload;
      events.push(compliance(event, null, { type: 'policy-changed', policyId, change, failedPolicies: [] }));
      break;
    }
    case 'governance.decision.made': {
      const { product, outcome, evaluations } = event.payload;
      const failedPolicies = evaluations.filter((evaluation) => evaluation.outcome === 'fail').map((e) => e.policyId);
      events.push(compliance(event, product, { type: 'decision-made', product, outcome, failedPolicies }));
      break;
    }
    default:
      break;
  }
  return events;
}

type VersionRef = { domain: string; name: string; version: string };
type ProductRef = { domain: string; name: string };

function productOf(ref: VersionRef | ProductRef): EventProduct {
  return { domain: ref.domain, name: ref.name, version: 'version' in ref ? ref.version : null };
}

/** A field event whose payload is the envelope's id and time, the product, and the event's own fields. */
function fieldEvent(
  field: SubscriptionField,
  event: MeshEvent,
  product: VersionRef | null,
  fields: Record<string, unknown>,
  audience: { severity?: string | null; principal?: string | null } = {},
): FieldEvent {
  return {
    field,
    product: product === null ? null : productOf(product),
    severity: audience.severity ?? null,
    principal: audience.principal ?? null,
    payload: { ...base(event), ...(product === null ? {} : { product }), ...fields },
  };
}

function alert(event: MeshEvent, product: VersionRef, severity: string | null, fields: Record<string, unknown>) {
  return fieldEvent('qualityAlerts', event, product, fields, { severity });
}

function slaEvent(event: MeshEvent, product: VersionRef, fields: Record<string, unknown>) {
  return fieldEvent('slaEvents', event, product, fields);
}

function provisioning(event: MeshEvent, product: VersionRef, fields: Record<string, unknown>) {
  return fieldEvent('provisioningProgress', event, product, fields);
}

/** Access events name the product without a version, and show it flat: `domain` and `name` beside the request. */
function access(event: MeshEvent, product: ProductRef, principal: string, fields: Record<string, unknown>): FieldEvent {
  const flat = { domain: product.domain, name: product.name, ...fields };
  return { ...fieldEvent('accessRequests', event, null, flat, { principal }), product: productOf(product) };
}

/** Policy changes concern no product; decisions concern one version. */
function compliance(event: MeshEvent, product: VersionRef | null, fields: Record<string, unknown>): FieldEvent {
  return fieldEvent('complianceChanges', event, product, fields);
}

function lifecycleEvent(event: MeshEvent, stage: string): FieldEvent {
  const payload = event.payload as { product: VersionRef; violations?: { message: string }[]; reason?: string | null };
  const reasons = [
    ...(payload.violations ?? []).map((violation) => violation.message),
    ...(typeof payload.reason === 'string' ? [payload.reason] : []),
  ];
  const replacement = event.type === 'product.version.deprecated' ? event.payload.replacement : null;
  const ports = event.type === 'product.version.published' ? event.payload.outputPorts.map((port) => port.name) : [];
  return fieldEvent('productLifecycle', event, payload.product, {
    stage,
    actor: event.actor,
    reasons,
    replacement,
    ports,
  });
}
