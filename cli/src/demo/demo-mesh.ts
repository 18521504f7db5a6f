import { failedPolicies, type Decision } from '../apply/version-watch';
import { CliError } from '../cli-error';
import type { GatewayClient } from '../gateway/gateway-client';
import { networkReason } from '../gateway/gateway-client';
import { ACCESS_REQUEST, DEPRECATION, WAIVER } from './demo-plan';

/** A product version of the demo: `domain/name@version`. */
export interface DemoVersion {
  domain: string;
  name: string;
  version: string;
}

/** An output port as the gateway tells consumers to reach it. */
export interface DemoPort {
  name: string;
  type: string;
  iceberg: { identifier: string; catalogUri: string } | null;
  kafka: { topic: string } | null;
}

export interface VersionView {
  state: string;
  ports: DemoPort[];
  /** The descriptor as applied: what the version's tables really hold. */
  descriptor: unknown;
}

/** The state and ports of many versions, in one query (an alias per version). */
export async function viewVersions(
  gateway: GatewayClient,
  versions: readonly DemoVersion[],
): Promise<(VersionView | null)[]> {
  if (versions.length === 0) return [];
  const fields = versions
    .map(
      (v, index) =>
        `v${index}: product(domain: ${JSON.stringify(v.domain)}, name: ${JSON.stringify(v.name)}) {
          version(version: ${JSON.stringify(v.version)}) { state descriptor ports { name type iceberg { identifier catalogUri } kafka { topic } } }
        }`,
    )
    .join('\n');
  const data = await gateway.request<Record<string, { version: VersionView | null } | null>>(
    `query DemoVersions {\n${fields}\n}`,
  );
  return versions.map((_, index) => data[`v${index}`]?.version ?? null);
}

/** The Iceberg tables and Kafka topics an input port address reads, as OpenLineage datasets name them. */
export async function resolveAddress(gateway: GatewayClient, address: string): Promise<DemoPort[]> {
  const data = await gateway.request<{ resolve: { ports: DemoPort[] } | null }>(
    `query Resolve($address: String!) { resolve(address: $address) { ports { name type iceberg { identifier catalogUri } kafka { topic } } } }`,
    { address },
  );
  return data.resolve?.ports ?? [];
}

/** The failed policies of a rejected version, as `policy: message`. */
export async function rejectionReasons(gateway: GatewayClient, version: DemoVersion): Promise<string[]> {
  const { product } = await gateway.request<{ product: { version: { decisions: Decision[] } | null } | null }>(
    `query Decisions($domain: String!, $name: String!, $version: String) {
      product(domain: $domain, name: $name) { version(version: $version) { decisions { outcome evaluations { policyId severity outcome message } } } }
    }`,
    { ...version },
  );
  return failedPolicies(product?.version?.decisions[0]).map(
    (violation) => `${violation.policyId}: ${violation.message}`,
  );
}

/** Grants the demo's waiver unless an active one is there already. */
export async function ensureWaiver(gateway: GatewayClient): Promise<'granted' | 'exists'> {
  const { waivers } = await gateway.request<{ waivers: { nodes: { policyId: string }[] } }>(
    `query Waivers($product: String) { waivers(product: $product, first: 100) { nodes { policyId } } }`,
    { product: WAIVER.product },
  );
  if (waivers.nodes.some((waiver) => waiver.policyId === WAIVER.policyId)) return 'exists';
  await gateway.request(`mutation Waive($input: WaiverInput!) { createWaiver(input: $input) { id } }`, {
    input: { ...WAIVER, expiresAt: inDays(180) },
  });
  return 'granted';
}

/**
 * A version of the given major that exists already (a successor seeded before, maybe from another descriptor):
 * seeding again then keeps it rather than proposing the successor's descriptor under the same version.
 */
export async function existingVersionOfMajor(
  gateway: GatewayClient,
  domain: string,
  name: string,
  major: number,
): Promise<string | undefined> {
  const { product } = await gateway.request<{
    product: { versions: { nodes: { version: string; state: string }[] } } | null;
  }>(
    `query Versions($domain: String!, $name: String!) { product(domain: $domain, name: $name) { versions(first: 100) { nodes { version state } } } }`,
    { domain, name },
  );
  return product?.versions.nodes.find((v) => v.version.startsWith(`${major}.`) && v.state !== 'REJECTED')?.version;
}

/** Deprecates the demo's first major, once, with a sunset in 90 days. */
export async function ensureDeprecated(gateway: GatewayClient, state: string): Promise<void> {
  if (state === 'DEPRECATED' || state === 'RETIRED') return;
  const { domain, name, version, reason } = DEPRECATION;
  await gateway.request(
    `mutation Deprecate($domain: String!, $name: String!, $version: String!, $input: DeprecateInput!) {
      deprecateVersion(domain: $domain, name: $name, version: $version, input: $input) { state }
    }`,
    { domain, name, version, input: { sunsetAt: inDays(90), reason } },
  );
}

/** Leaves one access request pending on the restricted product, unless one is pending already. */
export async function ensurePendingRequest(gateway: GatewayClient): Promise<'requested' | 'exists'> {
  const { domain, name, purpose } = ACCESS_REQUEST;
  const { accessRequests } = await gateway.request<{
    accessRequests: { nodes: { domain: string; name: string; state: string }[] };
  }>(`query Requests { accessRequests(first: 100) { nodes { domain name state } } }`);
  const pending = (request: { domain: string; name: string; state: string }) =>
    request.domain === domain && request.name === name && request.state === 'PENDING';
  if (accessRequests.nodes.some(pending)) return 'exists';
  await gateway.request(
    `mutation Request($domain: String!, $name: String!, $input: AccessRequestInput!) {
      requestAccess(domain: $domain, name: $name, input: $input) { state }
    }`,
    { domain, name, input: { purpose, until: inDays(90) } },
  );
  return 'requested';
}

/** Whether an Iceberg table has a snapshot yet, from the catalog's REST API. */
export async function hasSnapshot(catalogUri: string, identifier: string, token: string): Promise<boolean> {
  const [namespace, table] = identifier.split('.');
  const url = `${catalogUri.replace(/\/+$/, '')}/v1/namespaces/${encodeURIComponent(namespace)}/tables/${encodeURIComponent(table)}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new CliError(`cannot reach the catalog at ${url}: ${networkReason(error)}`);
  }
  if (!response.ok)
    throw new CliError(
      `the catalog answered ${response.status} for ${identifier}: ${(await response.text()).slice(0, 200)}`,
    );
  const { metadata } = (await response.json()) as { metadata: { 'current-snapshot-id'?: number | string | null } };
  const current = metadata['current-snapshot-id'];
  return current !== undefined && current !== null && String(current) !== '-1';
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}
