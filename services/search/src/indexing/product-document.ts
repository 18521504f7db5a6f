import { createHash } from 'node:crypto';
import {
  productAddress,
  qualityTier,
  type Classification,
  type DataProductDescriptor,
  type QualityTier,
  type Visibility,
} from '@mesh/descriptor';
import type { RegistrySchema } from '@mesh/registry-client';

export const SLA_STATUSES = ['met', 'breached', 'unknown'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/** What the platform's other services said about a product, as the indexer keeps it in Postgres. */
export interface ProductSignals {
  /** Share of quality rules that passed in the latest check, 0 to 1; null before any check. */
  qualityScore: number | null;
  /** SLA kinds currently breached. */
  slaBreaches: string[];
  /** Whether the freshness was measured at all: quality judged it, or data arrived. */
  slaMeasured: boolean;
  openAlerts: number;
  /** Principals holding an active grant. */
  grantees: string[];
  /** Lineage neighbours, as URNs. */
  upstream: string[];
  downstream: string[];
  /** Time of the newest event behind these signals (epoch ms); 0 when there is none. */
  revision: number;
}

export const NO_SIGNALS: ProductSignals = {
  qualityScore: null,
  slaBreaches: [],
  slaMeasured: false,
  openAlerts: 0,
  grantees: [],
  upstream: [],
  downstream: [],
  revision: 0,
};

export interface SchemaFieldDocument {
  table: string;
  name: string;
  type: string;
  description: string;
  classification: Classification | null;
  pii: boolean;
}

export interface PortDocument {
  name: string;
  type: string;
  /** Iceberg `namespace.table` or the Kafka topic, once provisioning made the port; null before. */
  address: string | null;
}

/** A version and its lifecycle state, as the registry lists them and the document keeps them. */
export interface VersionState {
  version: string;
  state: string;
}

/** The one document the index holds per product (mapping in opensearch/product-mapping.ts). */
export interface ProductDocument {
  /** `domain/name`: the document id, and the tie-breaker of every sort. */
  key: string;
  domain: string;
  name: string;
  title: string;
  description: string;
  /** The owning team; null when the descriptor names none. */
  owner: string | null;
  tags: string[];
  classification: Classification;
  visibility: Visibility;
  /** The state of the latest version, whose descriptor the document describes. */
  status: string;
  latestVersion: string;
  /** The highest version consumers can read (published or deprecated); null when there is none. */
  readableVersion: string | null;
  /** The stable mesh address of the latest version's major. */
  address: string;
  versions: VersionState[];
  schema: SchemaFieldDocument[];
  /** Every schema field name, at the top level so that full-text search reaches them. */
  fieldNames: string[];
  ports: PortDocument[];
  portTypes: string[];
  qualityScore: number | null;
  qualityTier: QualityTier;
  slaStatus: SlaStatus;
  slaBreaches: string[];
  openAlerts: number;
  consumerCount: number;
  grantees: string[];
  upstream: string[];
  downstream: string[];
  updatedAt: string;
  /** The external version of the document: newer source state, higher revision. */
  revision: number;
  /** Fingerprint of the registry state the document was built from, compared by the drift check. */
  sourceFingerprint: string;
  suggest: { input: string[] };
}

export function productKey(domain: string, name: string): string {
  return `${domain}/${name}`;
}

/**
 * What identifies the registry's state of a product: its metadata revision and the state of every version. Both
 * the products list and a product's own page carry these, so the drift check compares without reading
 * descriptors.
 */
export function sourceFingerprint(product: {
  latestVersion: string;
  updatedAt: string;
  versions: readonly VersionState[];
}): string {
  const versions = [...product.versions]
    .map(({ version, state }) => `${version}:${state}`)
    .sort()
    .join(',');
  return createHash('sha1')
    .update(`${product.latestVersion}|${new Date(product.updatedAt).getTime()}|${versions}`)
    .digest('hex');
}

/** As quality judges it: unknown without a freshness objective, or before the first data or word from quality. */
function slaStatus(signals: ProductSignals, descriptor: DataProductDescriptor): SlaStatus {
  if (signals.slaBreaches.length > 0) return 'breached';
  return signals.slaMeasured && descriptor.spec.contract.sla?.freshness !== undefined ? 'met' : 'unknown';
}

const READABLE_STATES = ['published', 'deprecated'];

function highestReadable(product: RegistrySchema<'ProductDto'>): string | null {
  const readable = product.versions.filter((version) => READABLE_STATES.includes(version.state));
  return readable.at(-1)?.version ?? null;
}

/** What the completion suggester offers: the name, the title and each longer word of the title. */
function suggestions(descriptor: DataProductDescriptor): string[] {
  const { domain, name, title } = descriptor.metadata;
  const words = title.split(/\s+/).filter((word) => word.length > 2);
  return [...new Set([name, title, `${domain}/${name}`, ...words])];
}

/**
 * The document of a product: the registry's state (the latest version and its descriptor) with the signals.
 * Its revision is the newest change behind either, so a document built later from newer state always wins.
 */
export function buildProductDocument(
  product: RegistrySchema<'ProductDto'>,
  descriptor: DataProductDescriptor,
  signals: ProductSignals,
): ProductDocument {
  const { metadata, spec } = descriptor;
  const latest = product.versions.find((version) => version.version === product.latestVersion);
  const provisioned = new Map((latest?.provisioning?.ports ?? []).map((port) => [port.name, port]));
  const schema = spec.contract.schema.flatMap((table) =>
    table.fields.map((field) => ({
      table: table.name,
      name: field.name,
      type: field.type,
      description: field.description,
      classification: field.classification ?? null,
      pii: field.pii ?? false,
    })),
  );
  const ports = spec.outputPorts.map((port) => ({
    name: port.name,
    type: port.type,
    address: provisioned.get(port.name)?.address ?? null,
  }));
  const changes = [
    Date.parse(product.updatedAt),
    ...product.versions.map((version) => Date.parse(version.stateChangedAt)),
  ];
  return {
    key: productKey(product.domain, product.name),
    domain: product.domain,
    name: product.name,
    title: metadata.title,
    description: metadata.description,
    owner: metadata.owner ?? null,
    tags: metadata.tags ?? [],
    classification: metadata.classification,
    visibility: spec.access.visibility,
    status: latest?.state ?? 'proposed',
    latestVersion: product.latestVersion,
    readableVersion: highestReadable(product),
    address: productAddress(metadata),
    versions: product.versions.map(({ version, state }) => ({ version, state })),
    schema,
    fieldNames: [...new Set(schema.map((field) => field.name))],
    ports,
    portTypes: [...new Set(ports.map((port) => port.type))],
    qualityScore: signals.qualityScore,
    qualityTier: qualityTier(signals.qualityScore),
    slaStatus: slaStatus(signals, descriptor),
    slaBreaches: signals.slaBreaches,
    openAlerts: signals.openAlerts,
    consumerCount: signals.grantees.length,
    grantees: signals.grantees,
    upstream: signals.upstream,
    downstream: signals.downstream,
    updatedAt: new Date(Math.max(...changes, signals.revision)).toISOString(),
    revision: Math.max(...changes, signals.revision),
    sourceFingerprint: sourceFingerprint(product),
    suggest: { input: suggestions(descriptor) },
  };
}
