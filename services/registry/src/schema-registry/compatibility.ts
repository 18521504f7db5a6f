import type { Type } from 'avsc';
import { parseAvroSchema } from './avro-schema';

export const COMPATIBILITY_LEVELS = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;

export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number];

/** Confluent's default: consumers upgraded to a new schema can still read everything already written. */
export const DEFAULT_COMPATIBILITY: CompatibilityLevel = 'BACKWARD';

export function isCompatibilityLevel(value: string): value is CompatibilityLevel {
  return (COMPATIBILITY_LEVELS as readonly string[]).includes(value);
}

interface Rule {
  /** The new schema must read data written with the earlier one. */
  backward: boolean;
  /** The earlier schema must read data written with the new one. */
  forward: boolean;
  /** Every earlier version is compared, not only the latest. */
  transitive: boolean;
}

const RULES: Record<CompatibilityLevel, Rule> = {
  NONE: { backward: false, forward: false, transitive: false },
  BACKWARD: { backward: true, forward: false, transitive: false },
  BACKWARD_TRANSITIVE: { backward: true, forward: false, transitive: true },
  FORWARD: { backward: false, forward: true, transitive: false },
  FORWARD_TRANSITIVE: { backward: false, forward: true, transitive: true },
  FULL: { backward: true, forward: true, transitive: false },
  FULL_TRANSITIVE: { backward: true, forward: true, transitive: true },
};

/** A registered version of a subject, with its stored (canonical, valid) schema text. */
export interface SchemaVersion {
  version: number;
  schema: string;
}

/**
 * Why `candidate` may not follow `history` (a subject's versions, oldest first) under `level`; empty when it
 * may. Non-transitive levels compare with the last version of `history` only, transitive ones with all of them.
 */
export function compatibilityProblems(
  candidate: Type,
  history: readonly SchemaVersion[],
  level: CompatibilityLevel,
): string[] {
  const rule = RULES[level];
  if (!rule.backward && !rule.forward) return [];
  const compared = rule.transitive ? history : history.slice(-1);
  const problems: string[] = [];
  for (const { version, schema } of compared) {
    const earlier = parseAvroSchema(schema).type;
    const backward = rule.backward ? unreadable(candidate, earlier) : undefined;
    if (backward !== undefined) {
      problems.push(`the new schema cannot read data written with version ${version} (${level}): ${backward}`);
    }
    const forward = rule.forward ? unreadable(earlier, candidate) : undefined;
    if (forward !== undefined) {
      problems.push(`version ${version} cannot read data written with the new schema (${level}): ${forward}`);
    }
  }
  return problems;
}

/** avsc builds a resolver exactly when `reader` can read what `writer` wrote, and otherwise says why not. */
function unreadable(reader: Type, writer: Type): string | undefined {
  try {
    reader.createResolver(writer);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
