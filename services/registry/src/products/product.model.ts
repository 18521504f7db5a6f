import type { PolicyViolation, ProductVersionRef } from '@mesh/contracts';
import { productAddress, type Classification, type ContractChange } from '@mesh/descriptor';
import { compare } from 'semver';
import { portLocation, type PortLocation } from '../addresses/physical-names';
import type { VersionState } from '../lifecycle/version-lifecycle';
import type { ProductEntity, ProductVersionEntity, ProvisioningFailure } from './product.entity';

export interface ProductSummary {
  domain: string;
  name: string;
  title: string;
  description: string;
  owner: string | null;
  tags: string[];
  classification: Classification;
  latestVersion: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface VersionStateView {
  version: string;
  state: VersionState;
}

export interface ProductListItem extends ProductSummary {
  /** Every version with its state, oldest first. */
  versions: VersionStateView[];
}

/** An output port of a version: where it lives (or will), and whether provisioning has made it. */
export interface PortView extends PortLocation {
  provisioned: boolean;
}

export interface ProvisioningView {
  jobId: string;
  ports: PortView[];
  /** The last failure provisioning reported; null once the version is published. */
  failure: ProvisioningFailure | null;
}

export interface DeprecationView {
  sunsetAt: Date;
  replacement: string | null;
  reason: string | null;
}

export interface VersionView extends VersionStateView {
  /** The stable mesh address of the version's major. */
  address: string;
  contentHash: string;
  proposedAt: Date;
  proposedBy: string | null;
  stateChangedAt: Date;
  /** The governance decision that approved or rejected the version. */
  decisionId: string | null;
  /** Why governance rejected the version. */
  violations: PolicyViolation[] | null;
  provisioning: ProvisioningView | null;
  deprecation: DeprecationView | null;
}

export interface ProductView extends ProductSummary {
  versions: VersionView[];
}

/** What an apply did, or in a dry run would do. */
export interface ApplyResult {
  /** Whether a new version was (in a dry run: would be) proposed; false when the descriptor is already stored. */
  created: boolean;
  dryRun: boolean;
  version: VersionStateView & { domain: string; name: string; address: string; contentHash: string };
  /** The version the changes were checked against; null for a first version or an unchanged descriptor. */
  baseline: string | null;
  /** Every change since the baseline with its level, as checked against the version bump. */
  changes: ContractChange[];
}

export function versionRef(version: ProductVersionEntity): ProductVersionRef {
  const { domain, name } = version.descriptor.metadata;
  return { domain, name, version: version.version };
}

/** Ascending semantic-version order, so that "latest" means the highest version, whatever the proposal order. */
export function bySemver(a: { version: string }, b: { version: string }): number {
  return compare(a.version, b.version);
}

/** The highest version of the list; undefined when it is empty. */
export function highest<V extends { version: string }>(versions: readonly V[]): V | undefined {
  return [...versions].sort(bySemver).at(-1);
}

/** Whether consumers can read the version at `now`: published, or deprecated and not yet past its sunset. */
export function isReadable(version: Pick<ProductVersionEntity, 'state' | 'sunsetAt'>, now: Date): boolean {
  return (
    version.state === 'published' ||
    (version.state === 'deprecated' && version.sunsetAt !== null && version.sunsetAt > now)
  );
}

/** Where each output port of the version lives, by the naming convention. */
export function portLocations(version: ProductVersionEntity): PortLocation[] {
  const { domain, name } = version.descriptor.metadata;
  return version.descriptor.spec.outputPorts.map((port) =>
    portLocation({ domain, product: name, major: version.major }, port),
  );
}

export function toProductSummary(product: ProductEntity): ProductSummary {
  const { domain, name, title, description, owner, tags, classification, latestVersion, createdAt, updatedAt } =
    product;
  return { domain, name, title, description, owner, tags, classification, latestVersion, createdAt, updatedAt };
}

export function toVersionView(version: ProductVersionEntity): VersionView {
  return {
    version: version.version,
    state: version.state,
    address: productAddress(version.descriptor.metadata),
    contentHash: version.contentHash,
    proposedAt: version.proposedAt,
    proposedBy: version.proposedBy,
    stateChangedAt: version.stateChangedAt,
    decisionId: version.decisionId,
    violations: version.violations,
    provisioning:
      version.provisioningJobId === null
        ? null
        : {
            jobId: version.provisioningJobId,
            ports: portLocations(version).map((port) => ({
              ...port,
              provisioned: port.name in version.provisionedPorts,
            })),
            failure: version.provisioningFailure,
          },
    deprecation: deprecationOf(version),
  };
}

export function deprecationOf(version: ProductVersionEntity): DeprecationView | null {
  return version.sunsetAt === null
    ? null
    : { sunsetAt: version.sunsetAt, replacement: version.replacement, reason: version.deprecationReason };
}
