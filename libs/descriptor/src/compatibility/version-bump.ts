import { diff, gt } from 'semver';
import type { DataProductDescriptor } from '../model/descriptor';
import type { ProblemDetail } from '../model/problem';
import type { ChangeLevel } from './change';
import { compareContracts } from './compare-descriptors';

export type VersionBump = 'none' | 'patch' | 'minor' | 'major';

const BUMP_ORDER: readonly VersionBump[] = ['none', 'patch', 'minor', 'major'];
const BUMP_FOR: Record<ChangeLevel, VersionBump> = { patch: 'patch', minor: 'minor', breaking: 'major' };

/** The smallest version bump that covers every change between two versions. */
export function requiredBump(previous: DataProductDescriptor, next: DataProductDescriptor): VersionBump {
  return compareContracts(previous, next).reduce<VersionBump>(
    (bump, { level }) => larger(bump, BUMP_FOR[level]),
    'none',
  );
}

/**
 * Problems when `next`'s version does not cover its changes: one for a version that does not
 * increase, and one for each change that needs a larger bump than the one made, at the
 * change's pointer. 0.x versions get no leniency: the major is part of the product's address,
 * so consumers only stay safe if breaking changes move it.
 */
export function checkVersionBump(previous: DataProductDescriptor, next: DataProductDescriptor): ProblemDetail[] {
  const [from, to] = [previous.metadata.version, next.metadata.version];
  const made = madeBump(from, to);
  const problems: ProblemDetail[] =
    made === 'none'
      ? [{ pointer: '/metadata/version', message: `must be greater than the previous version ${from}` }]
      : [];
  for (const { level, pointer, reason } of compareContracts(previous, next)) {
    const needed = BUMP_FOR[level];
    if (larger(needed, made) !== made) {
      problems.push({
        pointer,
        message: `${reason}. This ${level} change needs a ${needed} version bump, but ${from} → ${to} is ${made === 'none' ? 'no bump' : `a ${made} bump`}`,
      });
    }
  }
  return problems;
}

// A pre-release counts as the bump it leads to: 1.2.0 → 2.0.0-rc.1 is a major bump.
function madeBump(from: string, to: string): VersionBump {
  if (!gt(to, from)) return 'none';
  switch (diff(from, to)) {
    case 'major':
    case 'premajor':
      return 'major';
    case 'minor':
    case 'preminor':
      return 'minor';
    default:
      return 'patch';
  }
}

function larger(a: VersionBump, b: VersionBump): VersionBump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}
