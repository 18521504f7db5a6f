import type { EventType, MeshEvent, PayloadOf } from '@mesh/contracts';
import type { RoleGrant } from '@mesh/platform';
import {
  ADMIN_TOKEN,
  createPrincipal,
  deleteRunTopics,
  HttpApi,
  joinEventBus,
  publishVersion,
  startCatalog,
  startRegistry,
  uniqueName,
  type CatalogUnderTest,
  type RegistryUnderTest,
  type VersionRef,
} from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export interface IcebergError {
  error: { message: string; type: string; code: number };
}

export interface Actor {
  id: string;
  token: string;
  /** The catalog as this principal sees it. */
  catalog: HttpApi;
  /** The registry as this principal sees it. */
  registry: HttpApi;
}

/** A registry and a catalog on the same Kafka topics, as the platform runs them, and the test's view of both. */
export interface CatalogMesh {
  registry: RegistryUnderTest;
  catalog: CatalogUnderTest;
  admin: Actor;
  /** A fresh domain, created by the admin. */
  createDomain(label?: string): Promise<string>;
  /** A fresh principal with these roles and a token. */
  createActor(roles: RoleGrant[]): Promise<Actor>;
  /** Publishes an event as another service would. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  /** Waits for an event on the platform's topics that matches. */
  awaitEvent<T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean): Promise<MeshEvent<T>>;
  close(): Promise<void>;
}

export async function startCatalogMesh(label: string, catalogEnv: Record<string, string> = {}): Promise<CatalogMesh> {
  const registry = await startRegistry(label);
  const catalog = await startCatalog(label, registry, catalogEnv);
  const bus = await joinEventBus(registry, {
    clientId: `it-catalog-${label}`,
    observe: ['mesh.product-lifecycle.v1', 'mesh.access.v1', 'mesh.data-published.v1'],
    timeoutMs: 60_000,
  });
  const adminRegistry = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
  const admin: Actor = {
    id: 'admin',
    token: ADMIN_TOKEN,
    catalog: new HttpApi(catalog.url, ADMIN_TOKEN),
    registry: adminRegistry,
  };

  return {
    registry,
    catalog,
    admin,
    createDomain: async (domainLabel = 'domain') => {
      const name = uniqueName(domainLabel);
      const reply = await adminRegistry.post('/v1/domains', { name, title: name, owningTeam: `team-${domainLabel}` });
      if (reply.status !== 201) throw new Error(`creating domain ${name}: ${JSON.stringify(reply.body)}`);
      return name;
    },
    createActor: async (roles) => {
      const { id, token } = await createPrincipal(adminRegistry, roles);
      return { id, token, catalog: new HttpApi(catalog.url, token), registry: new HttpApi(registry.serviceUrl, token) };
    },
    publish: bus.publish,
    awaitEvent: (type, match) => bus.awaitEvent(type, match),
    close: async () => {
      await bus.disconnect();
      await catalog.remove();
      await registry.remove();
      await deleteRunTopics(registry.topicPrefix);
    },
  };
}

/** An example descriptor (examples/products) moved into `domain`, with the access approval given. */
export function exampleDescriptor(domain: string, approval: 'auto' | 'manual'): Record<string, unknown> {
  const descriptor = parse(
    readFileSync(resolve(__dirname, '../../../../examples/products/sales-orders.yaml'), 'utf8'),
  ) as { metadata: { domain: string }; spec: { access: { approval: string } } };
  descriptor.metadata.domain = domain;
  descriptor.spec.access.approval = approval;
  return descriptor as unknown as Record<string, unknown>;
}

/**
 * Applies the descriptor with the owner's token, then takes the version to published as governance and
 * provisioning would: an approval, then one port-provisioned report per port at the address the registry chose.
 */
export async function publishProduct(
  mesh: CatalogMesh,
  owner: Actor,
  descriptor: Record<string, unknown>,
): Promise<{ domain: string; name: string; version: string }> {
  const ref = descriptor.metadata as unknown as VersionRef;
  const { domain, name } = ref;
  const applied = await fetch(`${mesh.registry.serviceUrl}/v1/products/${domain}/${name}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/yaml', Authorization: `Bearer ${owner.token}` },
    body: stringify(descriptor),
  });
  if (applied.status !== 201) throw new Error(`applying ${domain}/${name}: ${applied.status} ${await applied.text()}`);
  await publishVersion(mesh, ref);
  return { domain, name, version: ref.version };
}

/** The schema of the example's `orders` table, in Iceberg's JSON form, as its contract has it. */
export const ORDERS_SCHEMA = {
  type: 'struct',
  fields: [
    { id: 1, name: 'order_id', type: 'uuid', required: true },
    { id: 2, name: 'customer_id', type: 'uuid', required: true },
    { id: 3, name: 'channel', type: 'string', required: true },
    { id: 4, name: 'status', type: 'string', required: true },
    { id: 5, name: 'currency', type: 'string', required: true },
    { id: 6, name: 'total_amount', type: 'decimal(12, 2)', required: true },
    { id: 7, name: 'ordered_at', type: 'timestamptz', required: true },
    { id: 8, name: 'updated_at', type: 'timestamptz', required: true },
  ],
};

/** A snapshot that a writer appends, as `appendCommit` sends it. */
export interface AppendedSnapshot {
  id: number;
  /** The snapshot it follows; null for the table's first. */
  parent: number | null;
  sequence: number;
  summary: Record<string, string>;
  /** Where its manifest list would be; the catalog never reads it. */
  manifestList?: string;
  schemaId?: number;
}

/**
 * An append as a writer commits it (an UpdateTable request): the snapshot on top of its parent, required to still be
 * main's, and main moved to it.
 */
export function appendCommit({
  id,
  parent,
  sequence,
  summary,
  manifestList = `/tmp/snap-${id}.avro`,
  schemaId,
}: AppendedSnapshot) {
  return {
    requirements: [{ type: 'assert-ref-snapshot-id', ref: 'main', 'snapshot-id': parent }],
    updates: [
      {
        action: 'add-snapshot',
        snapshot: {
          'snapshot-id': id,
          ...(parent === null ? {} : { 'parent-snapshot-id': parent }),
          'sequence-number': sequence,
          'timestamp-ms': Date.now(),
          'manifest-list': manifestList,
          summary,
          ...(schemaId === undefined ? {} : { 'schema-id': schemaId }),
        },
      },
      { action: 'set-snapshot-ref', 'ref-name': 'main', type: 'branch', 'snapshot-id': id },
    ],
  };
}
