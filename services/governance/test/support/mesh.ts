import type { EventType, MeshEvent, PayloadOf } from '@mesh/contracts';
import type { RoleGrant } from '@mesh/platform';
import {
  ADMIN_TOKEN,
  createPrincipal,
  deleteRunTopics,
  HttpApi,
  joinEventBus,
  startGovernance,
  startRegistry,
  type CopyableDescriptor,
  type GovernanceUnderTest,
  type RegistryUnderTest,
} from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';

/** A real registry and a real governance service on the same topics, as the platform runs them. */
export interface GovernanceMesh {
  registry: RegistryUnderTest;
  governance: GovernanceUnderTest;
  /** The registry as its bootstrap admin sees it. */
  admin: HttpApi;
  /** Governance as the platform admin sees it. */
  governanceAdmin: HttpApi;
  /** A principal with these roles, and its view of the registry and of governance. */
  actor(roles: RoleGrant[]): Promise<{ registry: HttpApi; governance: HttpApi }>;
  /** Publishes an event as another service (provisioning, lineage) would. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startGovernanceMesh(label: string, env: Record<string, string> = {}): Promise<GovernanceMesh> {
  const registry = await startRegistry(label);
  const governance = await startGovernance(label, registry, { REEVALUATION_INTERVAL_MS: '500', ...env }).catch(
    async (error: unknown) => {
      await registry.remove();
      throw error;
    },
  );
  const admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
  const bus = await joinEventBus(registry, { clientId: `it-governance-${label}` });

  return {
    registry,
    governance,
    admin,
    governanceAdmin: new HttpApi(governance.serviceUrl, ADMIN_TOKEN),
    actor: async (roles) => {
      const { token } = await createPrincipal(admin, roles);
      return { registry: admin.as(token), governance: new HttpApi(governance.serviceUrl, token) };
    },
    publish: bus.publish,
    sql: (text, params) => governance.sql(text, params),
    close: async () => {
      await bus.disconnect();
      await governance.remove();
      await registry.remove();
      await deleteRunTopics(registry.topicPrefix);
    },
  };
}

/** A descriptor of examples/products, parsed, for a test to change. */
export interface Descriptor extends CopyableDescriptor {
  metadata: { name: string; domain: string; version: string; [key: string]: unknown };
  spec: {
    outputPorts: { name: string; table?: string; [key: string]: unknown }[];
    contract: {
      schema: { name: string; fields: { name: string; [key: string]: unknown }[] }[];
      quality?: { table: string; [key: string]: unknown }[];
      [key: string]: unknown;
    };
    access: { visibility: string; approval: string };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export function example(file: 'sales-orders' | 'sales-customers' | 'logistics-shipments' | 'finance-revenue') {
  return parse(readFileSync(resolve(__dirname, `../../../../examples/products/${file}.yaml`), 'utf8')) as Descriptor;
}

export function asYaml(descriptor: Descriptor): string {
  return stringify(descriptor);
}
