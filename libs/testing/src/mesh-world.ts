import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HttpApi } from './http-api';
import type { MeshUnderTest } from './mesh-under-test';
import { ADMIN_TOKEN } from './registry-under-test';
import { eventually } from './test-database';
import { uniqueName } from './unique';

const DESCRIPTOR = readFileSync(resolve(__dirname, '../../../examples/products/sales-orders.yaml'), 'utf8');

/** The kinds of caller a world has: an admin, a domain's owner and member, another domain's owner, a grant holder. */
export type WorldCaller =
  'anonymous' | 'revoked' | 'expired' | 'grantee' | 'other-owner' | 'member' | 'owner' | 'admin';

/** The callers with their tokens (none for `anonymous`), and the fixtures requests name (`${name}` in them). */
export interface World {
  tokens: Record<WorldCaller, string | undefined>;
  fixtures: Record<string, string>;
}

interface Issued {
  principalId: string;
  tokenId: string;
  token: string;
}

/** A registry call's body, or an error with the mesh's logs: the world cannot be built without it. */
type Ok = <T>(reply: Promise<{ status: number; body: T }>, what: string) => Promise<T>;

/**
 * A mesh with something in it, to be refused or fuzzed (the authorisation matrix, schemathesis): domains `sales`
 * (with an owner and a member) and `crm` (the other owner), the published product sales/orders with its table, a
 * consumer holding a grant on it, and the objects that routes act on (another consumer's access request, a spare
 * token, a domain policy and a waiver, a schema). A revoked and an expired token are never used before they stop
 * working, so no cache can still take them.
 */
export async function buildWorld(mesh: MeshUnderTest): Promise<World> {
  const registry = new HttpApi(mesh.registry.serviceUrl, ADMIN_TOKEN);
  const ok: Ok = async (reply, what) => {
    const { status, body } = await reply;
    if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}\n${mesh.logs()}`);
    return body;
  };
  const people = await callers(mesh, registry, ok);
  const table = await publishOrders(mesh, registry, ok);
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const purpose = { purpose: 'the authorisation matrix', until };
  await ok(registry.as(people.grantee.token).post('/v1/products/sales/orders/access-requests', purpose), 'grant');
  const request = await ok(
    registry.as(people.requester.token).post<{ id: string }>('/v1/products/sales/orders/access-requests', purpose),
    'access request',
  );
  // The grant reaches the catalog by event.
  const catalog = new HttpApi(mesh.catalog.url, people.grantee.token);
  await eventually(
    async () => (await catalog.get(`/v1/namespaces/sales/tables/${table}`)).status === 200,
    () => `the grantee cannot read sales.${table}\n${mesh.logs()}`,
    60_000,
  );
  const schema = await ok(
    registry.post<{ id: number }>('/schema-registry/subjects/matrix-value/versions', { schema: '"string"' }),
    'schema',
  );
  const governance = await governanceObjects(mesh, ok);

  return {
    tokens: {
      anonymous: undefined,
      revoked: people.revoked.token,
      expired: people.expired.token,
      grantee: people.grantee.token,
      'other-owner': people.otherOwner.token,
      member: people.member.token,
      owner: people.owner.token,
      admin: ADMIN_TOKEN,
    },
    fixtures: {
      domain: 'sales',
      otherDomain: 'crm',
      name: 'orders',
      product: 'orders',
      version: '1.4.0',
      namespace: 'sales',
      table,
      memberId: people.member.principalId,
      spareTokenId: people.spareTokenId,
      accessRequestId: request.id,
      ...governance,
      subject: 'matrix-value',
      schemaId: String(schema.id),
      missingId: randomUUID(),
      runId: randomUUID(),
      until,
      descriptor: DESCRIPTOR,
    },
  };
}

/** The domains, and a principal with a token for each caller; the revoked one revoked, the expired one expired. */
async function callers(mesh: MeshUnderTest, registry: HttpApi, ok: Ok) {
  const principal = async (kind: string, roles: object[]): Promise<Issued> => {
    const created = await ok(
      registry.post<{ id: string }>('/v1/principals', { name: uniqueName(`matrix-${kind}`), kind: 'user', roles }),
      `principal ${kind}`,
    );
    const token = await ok(
      registry.post<{ id: string; token: string }>(`/v1/principals/${created.id}/tokens`, { name: 'matrix' }),
      `token of ${kind}`,
    );
    return { principalId: created.id, tokenId: token.id, token: token.token };
  };
  for (const [name, title] of [
    ['sales', 'Sales'],
    ['crm', 'CRM'],
  ]) {
    await ok(registry.post('/v1/domains', { name, title, description: title, owningTeam: `${name}-team` }), name);
  }
  const salesOwner = [{ role: 'domain-owner', domain: 'sales' }];
  const people = {
    owner: await principal('owner', salesOwner),
    member: await principal('member', [{ role: 'domain-member', domain: 'sales' }]),
    otherOwner: await principal('other-owner', [{ role: 'domain-owner', domain: 'crm' }]),
    grantee: await principal('grantee', [{ role: 'consumer' }]),
    requester: await principal('requester', [{ role: 'consumer' }]),
    revoked: await principal('revoked', salesOwner),
    expired: await principal('expired', salesOwner),
  };
  await ok(registry.delete(`/v1/tokens/${people.revoked.tokenId}`), 'revocation');
  await mesh.registry.sql(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
    people.expired.tokenId,
  ]);
  const spare = await ok(
    registry.post<{ id: string }>(`/v1/principals/${people.member.principalId}/tokens`, { name: 'spare' }),
    'spare token',
  );
  return { ...people, spareTokenId: spare.id };
}

/** Applies sales/orders and waits until governance and provisioning have published it; its table's name. */
async function publishOrders(mesh: MeshUnderTest, registry: HttpApi, ok: Ok): Promise<string> {
  await ok(registry.put('/v1/products/sales/orders', DESCRIPTOR, 'application/yaml'), 'apply');
  const published = async () =>
    (await registry.get<{ versions?: { state: string }[] }>('/v1/products/sales/orders')).body.versions?.[0]?.state;
  await eventually(
    async () => (await published()) === 'published',
    async () => `sales/orders is ${await published()}\n${mesh.logs()}`,
    180_000,
  );
  const resolution = await ok(
    registry.get<{ outputPorts: { name: string; iceberg: { table: string } | null }[] }>(
      `/v1/resolve?address=${encodeURIComponent('mesh://sales/orders/v1')}`,
    ),
    'resolve',
  );
  return resolution.outputPorts.find((port) => port.iceberg !== null)!.iceberg!.table;
}

/** A policy of the domain that passes everything, and a waiver of it for sales/orders. */
async function governanceObjects(mesh: MeshUnderTest, ok: Ok): Promise<Record<string, string>> {
  const governance = new HttpApi(mesh.governance.serviceUrl, ADMIN_TOKEN);
  const policy = {
    title: 'Matrix',
    description: 'Passes everything',
    scope: 'domain:sales',
    severity: 'warning',
    target: 'product-version',
    expression: 'true',
    message: 'never shown',
  };
  await ok(governance.put('/v1/policies/matrix-sales', policy), 'policy');
  const waiver = await ok(
    governance.post<{ id: string }>('/v1/waivers', {
      product: 'sales/orders',
      policyId: 'matrix-sales',
      reason: 'the authorisation matrix',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    'waiver',
  );
  return { policyId: 'matrix-sales', policy: JSON.stringify(policy), waiverId: waiver.id };
}
