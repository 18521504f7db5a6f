import { publishVersion } from '@mesh/testing';
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

export async function createDomains(lineage: LineageUnderTest, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const reply = await lineage.registryAdmin.post('/v1/domains', { name, title: name, owningTeam: `team-${name}` });
    if (reply.status !== 201) throw new Error(`creating domain ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}

/** Applies a descriptor to the registry; the version is then proposed. */
export async function propose(lineage: LineageUnderTest, descriptor: Descriptor): Promise<void> {
  const { domain, name } = descriptor.metadata;
  const reply = await lineage.registryAdmin.put(
    `/v1/products/${domain}/${name}`,
    stringify(descriptor),
    'application/yaml',
  );
  if (reply.status !== 201)
    throw new Error(`applying ${domain}/${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** Takes a descriptor to published as governance and provisioning would: apply, approve, provision its ports. */
export async function publish(lineage: LineageUnderTest, descriptor: Descriptor): Promise<void> {
  await propose(lineage, descriptor);
  await publishVersion(lineage, descriptor.metadata);
}
