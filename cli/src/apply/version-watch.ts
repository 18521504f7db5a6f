import type { GatewayClient } from '../gateway/gateway-client';
import type { GatewaySubscriptions } from '../gateway/subscriptions';
import type { VersionProgress } from './version-progress';

const LIFECYCLE = `subscription Lifecycle($domain: String, $name: String) {
  productLifecycle(domain: $domain, name: $name) { stage occurredAt product { version } reasons }
}`;

const PROVISIONING = `subscription Provisioning($domain: String!, $name: String!, $version: String) {
  provisioningProgress(domain: $domain, name: $name, version: $version) { type port reason attempts }
}`;

const VERSION_STATE = `query VersionState($domain: String!, $name: String!, $version: String) {
  product(domain: $domain, name: $name) {
    version(version: $version) {
      state
      decisions { outcome evaluations { policyId severity outcome message } }
      provisioning { ports { name state attempts lastError } }
    }
  }
}`;

/** A blocking policy a rejected version failed. */
export interface Violation {
  policyId: string;
  severity: string;
  message: string;
}

/** A governance decision, newest first on a version. */
export interface Decision {
  outcome: string;
  evaluations: { policyId: string; severity: string; outcome: string; message: string | null }[];
}

interface VersionState {
  state: string;
  decisions: Decision[];
  provisioning: { ports: { name: string; state: string; attempts: number; lastError: string | null }[] } | null;
}

interface LifecycleEvent {
  stage: string;
  product: { version: string };
  reasons: string[];
}

interface ProvisioningEvent {
  type: string;
  port: string | null;
  reason: string | null;
  attempts: number | null;
}

/**
 * Starts following a version's events. Call it before applying, so the subscriptions are in place before the
 * version exists and no stage can be missed; the streams run until the subscriptions are closed.
 */
export function followEvents(subscriptions: GatewaySubscriptions, progress: VersionProgress): void {
  const { domain, name, version } = progress.ref;
  const lifecycle = async () => {
    for await (const event of subscriptions.events<LifecycleEvent>(LIFECYCLE, { domain, name }, 'productLifecycle')) {
      if (event.product.version === version) progress.reach(event.stage, event.reasons);
    }
  };
  const provisioning = async () => {
    const events = subscriptions.events<ProvisioningEvent>(
      PROVISIONING,
      { domain, name, version },
      'provisioningProgress',
    );
    for await (const event of events) {
      if (event.port === null) continue;
      if (event.type === 'PORT_PROVISIONED') progress.portProvisioned(event.port);
      if (event.type === 'FAILED')
        progress.portFailed(event.port, { attempts: event.attempts ?? 1, reason: event.reason ?? 'failed' });
    }
  };
  for (const stream of [lifecycle, provisioning]) stream().catch((error: Error) => progress.fail(error));
}

/**
 * Brings the progress up to the version's state as the gateway reports it now, and gives the violations of a
 * rejected version (the lifecycle event carries their messages only; the decision also names the policies).
 */
export async function pollVersion(gateway: GatewayClient, progress: VersionProgress): Promise<Violation[]> {
  const data = await gateway.request<{ product: { version: VersionState | null } | null }>(VERSION_STATE, {
    ...progress.ref,
  });
  const state = data.product?.version;
  if (state === undefined || state === null) return [];
  for (const port of state.provisioning?.ports ?? []) {
    if (port.state === 'DONE') progress.portProvisioned(port.name);
    else if (port.lastError !== null)
      progress.portFailed(port.name, { attempts: port.attempts, reason: port.lastError });
  }
  const violations = state.state === 'REJECTED' ? failedPolicies(state.decisions[0]) : [];
  progress.reach(
    state.state,
    violations.map((violation) => violation.message),
  );
  return violations;
}

/** The blocking policies a rejecting decision failed (a failure and an evaluation error both reject). */
export function failedPolicies(decision: Decision | undefined): Violation[] {
  if (decision === undefined || decision.outcome !== 'REJECTED') return [];
  return decision.evaluations
    .filter((evaluation) => evaluation.severity === 'BLOCKING' && ['FAIL', 'ERROR'].includes(evaluation.outcome))
    .map(({ policyId, severity, message }) => ({ policyId, severity, message: message ?? `${policyId} failed` }));
}
