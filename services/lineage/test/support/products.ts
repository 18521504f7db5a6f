import { eventually, uniqueName } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import type { LineageUnderTest } from './lineage-under-test';

/** A descriptor as the tests change it: enough shape for names, versions, ports and schema. */
export interface Descriptor {
  metadata: { name: string; domain: string; owner: string; version: string; [key: string]: unknown };
  spec: {
    inputPorts?: { name: string; address: string; description?: string }[];
    outputPorts: { name: string; type: string; [key: string]: unknown }[];
    contract: { schema: { name: string; fields: { name: string; [key: string]: unknown }[] }[] };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export type ExampleName = 'sales-orders' | 'sales-customers' | 'logistics-shipments' | 'finance-revenue';

export function example(file: ExampleName): Descriptor {
  return parse(readFileSync(resolve(__dirname, `../../../../examples/products/${file}.yaml`), 'utf8')) as Descriptor;
}

interface VersionReply {
  version: string;
  state: string;
  provisioning: { jobId: string; ports: { name: string; type: string; address: string }[] } | null;
}

export async function createDomains(lineage: LineageUnderTest, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const reply = await lineage.registryRequest('POST', '/v1/domains', {
      name,
      title: name,
      owningTeam: `team-${name}`,
    });
    if (reply.status !== 201) throw new Error(`creating domain ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}

async function versionOf(lineage: LineageUnderTest, descriptor: Descriptor): Promise<VersionReply | undefined> {
  const { domain, name, version } = descriptor.metadata;
  const reply = await lineage.registryRequest<{ versions?: VersionReply[] }>('GET', `/v1/products/${domain}/${name}`);
  return reply.body.versions?.find((candidate) => candidate.version === version);
}

/** Applies a descriptor to the registry; the version is then proposed. */
export async function propose(lineage: LineageUnderTest, descriptor: Descriptor): Promise<void> {
  const { domain, name } = descriptor.metadata;
  const reply = await lineage.registryRequest(
    'PUT',
    `/v1/products/${domain}/${name}`,
    stringify(descriptor),
    'application/yaml',
  );
  if (reply.status !== 201)
    throw new Error(`applying ${domain}/${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/**
 * Takes a descriptor to published as governance and provisioning would (lifecycle.int-spec of the registry does
 * the same): apply, approve, then one port-provisioned event per port at the address the registry shows.
 */
export async function publish(lineage: LineageUnderTest, descriptor: Descriptor): Promise<void> {
  const { domain, name, version } = descriptor.metadata;
  const product = { domain, name, version };
  const subject = `urn:mesh:product:${domain}:${name}`;
  await propose(lineage, descriptor);
  await lineage.publish('governance.decision.made', subject, {
    decisionId: uniqueName('decision'),
    product,
    outcome: 'approved',
    trigger: 'proposal',
    evaluations: [],
  });
  let provisioning: VersionReply['provisioning'] = null;
  await eventually(
    async () => {
      provisioning = (await versionOf(lineage, descriptor))?.provisioning ?? null;
      return provisioning !== null;
    },
    () => `${domain}/${name} ${version} did not start provisioning`,
    60_000,
  );
  const { jobId, ports } = provisioning as unknown as NonNullable<VersionReply['provisioning']>;
  for (const port of ports) {
    await lineage.publish('provisioning.port.provisioned', subject, {
      jobId,
      product,
      port: { name: port.name, type: port.type, address: port.address },
    });
  }
  await eventually(
    async () => (await versionOf(lineage, descriptor))?.state === 'published',
    () => `${domain}/${name} ${version} was not published`,
    60_000,
  );
}
