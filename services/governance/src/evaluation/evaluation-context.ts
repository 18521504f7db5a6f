import { compareContracts, requiredBump, type DataProductDescriptor, type VersionBump } from '@mesh/descriptor';
import { major, valid } from 'semver';

/** What a policy expression sees (see docs in the service README and cel.ts for the declared types). */
export interface EvaluationContext {
  /** The descriptor as CEL values: integers are CEL ints (bigint), so `x == 12` means what it says. */
  product: CelMap;
  domain: string;
  previous: CelMap | null;
  change: ChangeFacts;
  lineage: LineageFacts;
  now: Date;
}

export type CelValue = string | boolean | bigint | number | null | CelValue[] | CelMap;
export interface CelMap {
  [key: string]: CelValue;
}

/** Facts about the change from the previous published version, computed by @mesh/descriptor's rules. */
export interface ChangeFacts {
  [key: string]: CelValue | Date;
  /** The previous published version, or null for a first version. */
  previousVersion: string | null;
  /** Whether some change breaks consumers (compareContracts). */
  breaking: boolean;
  /** The smallest bump that covers the changes: none, patch, minor or major. */
  requiredBump: VersionBump;
  /** Whether the major version is higher than the previous one's. */
  majorBumped: boolean;
  /** Why each breaking change breaks consumers. */
  breakingChanges: string[];
  /** The sunset the previous version was deprecated with, or null. */
  previousSunsetAt: Date | null;
}

export interface LineageFacts {
  [key: string]: CelValue;
  /** How many products read this product directly. */
  downstreamCount: bigint;
  /** `domain/name` of each product that reads this product directly. */
  downstreamProducts: string[];
  /** `domain/name` of each product this product reads directly. */
  upstreamProducts: string[];
}

/** A published version as governance keeps it: its descriptor and the sunset it was deprecated with. */
export interface PreviousVersion {
  descriptor: DataProductDescriptor;
  sunsetAt: Date | null;
}

export interface ContextInput {
  /** The proposed descriptor; a dry run may send one that fails validation, so nothing is assumed of its shape. */
  descriptor: unknown;
  domain: string;
  /** Only for a valid descriptor: change facts need two valid descriptors. */
  previous: PreviousVersion | null;
  lineage: { downstream: readonly string[]; upstream: readonly string[] };
  now: Date;
}

export function evaluationContext(input: ContextInput, descriptorIsValid: boolean): EvaluationContext {
  const { descriptor, previous } = input;
  return {
    product: toCelMap(descriptor),
    domain: input.domain,
    previous: previous === null ? null : toCelMap(previous.descriptor),
    change:
      previous !== null && descriptorIsValid
        ? changeFacts(previous, descriptor as DataProductDescriptor)
        : firstVersionFacts(),
    lineage: {
      downstreamCount: BigInt(input.lineage.downstream.length),
      downstreamProducts: [...input.lineage.downstream],
      upstreamProducts: [...input.lineage.upstream],
    },
    now: input.now,
  };
}

function changeFacts(previous: PreviousVersion, next: DataProductDescriptor): ChangeFacts {
  const changes = compareContracts(previous.descriptor, next);
  const breakingChanges = changes.filter((change) => change.level === 'breaking').map((change) => change.reason);
  const [from, to] = [previous.descriptor.metadata.version, next.metadata.version];
  return {
    previousVersion: from,
    breaking: breakingChanges.length > 0,
    requiredBump: requiredBump(previous.descriptor, next),
    majorBumped: valid(from) !== null && valid(to) !== null && major(to) > major(from),
    breakingChanges,
    previousSunsetAt: previous.sunsetAt,
  };
}

function firstVersionFacts(): ChangeFacts {
  return {
    previousVersion: null,
    breaking: false,
    requiredBump: 'none',
    majorBumped: false,
    breakingChanges: [],
    previousSunsetAt: null,
  };
}

/** JSON as CEL sees it best: integral numbers become ints. Anything that is not an object maps to an empty map. */
export function toCelMap(value: unknown): CelMap {
  const converted = toCel(value);
  return typeof converted === 'object' && converted !== null && !Array.isArray(converted) ? converted : {};
}

function toCel(value: unknown): CelValue {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(toCel);
  if (typeof value === 'object') {
    const map: CelMap = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) map[key] = toCel(entry);
    return map;
  }
  return null;
}
