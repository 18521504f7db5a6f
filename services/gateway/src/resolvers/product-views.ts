import type { DataProductDescriptor, OutputPort as DescriptorPort } from '@mesh/descriptor';
import { GraphQLError } from 'graphql';
import { parse } from 'yaml';
import type { ProductListItemView, ProductView, VersionView } from '../clients/registry-client';
import type { GatewayConfig } from '../config';
import { icebergSnippets, kafkaSnippets, type Snippet } from './consumption-snippets';

/** A product as the registry lists it, or whole with every version. */
export type ProductParent = ProductListItemView | ProductView;

/** A version, with the product it belongs to. */
export type VersionParent = VersionView & { domain: string; name: string };

export function latestState(product: ProductParent): string {
  return product.versions.find((version) => version.version === product.latestVersion)?.state ?? 'draft';
}

export function majorOf(version: string): number {
  return Number(version.split('.')[0]);
}

export function addressOf(domain: string, name: string, version: string): string {
  return `mesh://${domain}/${name}/v${majorOf(version)}`;
}

/** Whether the versions of this parent are the registry's full version views (not just version and state). */
export function hasFullVersions(product: ProductParent): product is ProductView {
  return product.versions.every((version) => 'address' in version);
}

export function versionParents(product: ProductView): VersionParent[] {
  return product.versions.map((version) => ({ ...version, domain: product.domain, name: product.name }));
}

/** What consumers need of each port: the physical location and how to point their tools at it. */
export interface OutputPortParent {
  name: string;
  type: string;
  description: string | null;
  physicalName: string | null;
  provisioned: boolean;
  iceberg: { catalogUri: string; namespace: string; table: string; identifier: string } | null;
  kafka: { topic: string; schemaSubject: string; schemaRegistryUrl: string } | null;
  /** Ready-to-paste code that reads the port (PyIceberg, Spark, Trino; a Kafka consumer). */
  snippets: Snippet[];
}

/** The addresses consumers point their tools at. */
export interface PublicEndpoints {
  catalogUri: string;
  schemaRegistryUrl: string;
  trinoUri: string;
  /** Trino's Iceberg catalog on the mesh's catalog. */
  trinoCatalog: string;
}

export function publicEndpoints(config: GatewayConfig): PublicEndpoints {
  return {
    catalogUri: config.CATALOG_PUBLIC_URL,
    schemaRegistryUrl: config.SCHEMA_REGISTRY_PUBLIC_URL,
    trinoUri: config.TRINO_PUBLIC_URL,
    trinoCatalog: config.TRINO_CATALOG,
  };
}

export function outputPorts(
  descriptor: DataProductDescriptor | null,
  version: VersionView,
  endpoints: PublicEndpoints,
): OutputPortParent[] {
  const provisioned = new Map((version.provisioning?.ports ?? []).map((port) => [port.name, port]));
  const declared: Pick<DescriptorPort, 'name' | 'type' | 'description'>[] =
    descriptor?.spec.outputPorts ??
    [...provisioned.values()].map(({ name, type }) => ({ name, type, description: '' }));
  return declared.map((port) => {
    const physical = provisioned.get(port.name);
    const physicalName = physical?.address ?? null;
    const iceberg = port.type === 'iceberg-table' && physicalName !== null ? icebergOf(physicalName, endpoints) : null;
    const kafka =
      port.type === 'kafka-topic' && physicalName !== null
        ? {
            topic: physicalName,
            schemaSubject: `${physicalName}-value`,
            schemaRegistryUrl: endpoints.schemaRegistryUrl,
          }
        : null;
    return {
      name: port.name,
      type: port.type,
      description: port.description === '' ? null : port.description,
      physicalName,
      provisioned: physical?.provisioned ?? false,
      iceberg,
      kafka,
      snippets: iceberg !== null ? icebergSnippets(iceberg, endpoints) : kafka !== null ? kafkaSnippets(kafka) : [],
    };
  });
}

function icebergOf(identifier: string, endpoints: PublicEndpoints) {
  const dot = identifier.indexOf('.');
  return {
    catalogUri: endpoints.catalogUri,
    namespace: identifier.slice(0, dot),
    table: identifier.slice(dot + 1),
    identifier,
  };
}

/** A descriptor's text, its media type, and the product it names, for routing it to the registry. */
export interface DescriptorText {
  text: string;
  contentType: 'application/json' | 'application/yaml';
  domain: string;
  name: string;
  document: unknown;
}

export function readDescriptorText(text: string): DescriptorText {
  const contentType = /^\s*\{/.test(text) ? 'application/json' : 'application/yaml';
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw badDescriptor(
      `descriptor is not ${contentType === 'application/json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
      '',
    );
  }
  const metadata = (document as { metadata?: { domain?: unknown; name?: unknown } } | null)?.metadata;
  if (typeof metadata?.domain !== 'string')
    throw badDescriptor('descriptor has no metadata.domain', '/metadata/domain');
  if (typeof metadata.name !== 'string') throw badDescriptor('descriptor has no metadata.name', '/metadata/name');
  return { text, contentType, domain: metadata.domain, name: metadata.name, document };
}

function badDescriptor(message: string, pointer: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'invalid_descriptor', pointer, argument: 'descriptor', details: [{ pointer, message }] },
  });
}
