import { COMPARISON_KEYS, comparisonOf } from '../model/comparison';
import type { QualityRule } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import { change, patchIfChanged, sameJson, type ContractChange } from './change';
import { acceptedValues, acceptsNoMoreThan } from './accepted-values';
import { matchByKey } from './match';

// Only blocking rules are guarantees: they stop bad data from being published. Warning rules
// are reported but never stop anything, so consumers cannot rely on them and changing them
// is at most a patch.

const QUALITY = '/spec/contract/quality';
const DOCUMENTATION_KEYS = ['severity', 'dimension', 'description'];

export function compareQuality(previous: readonly QualityRule[], next: readonly QualityRule[]): ContractChange[] {
  const rules = matchByKey(previous, next, (rule) => rule.id);
  return [
    ...rules.removed.map(({ item, index }) =>
      item.severity === 'blocking'
        ? change(
            'breaking',
            childPointer(QUALITY, index),
            `blocking quality rule '${item.id}' removed: its guarantee is gone`,
          )
        : change('patch', childPointer(QUALITY, index), `warning quality rule '${item.id}' removed`),
    ),
    ...rules.added.map(({ item, index }) =>
      change('minor', childPointer(QUALITY, index), `${item.severity} quality rule '${item.id}' added`),
    ),
    ...rules.kept.flatMap(({ previous: before, next: after }) =>
      compareRule(before.item, after.item, childPointer(QUALITY, after.index)),
    ),
  ];
}

function compareRule(previous: QualityRule, next: QualityRule, at: string): ContractChange[] {
  const wasBlocking = previous.severity === 'blocking';
  const isBlocking = next.severity === 'blocking';
  if (!sameJson(definition(previous), definition(next))) {
    // What the rule measures changed, so the old guarantee is gone and a new one may exist.
    if (wasBlocking)
      return [change('breaking', at, `quality rule '${next.id}' now checks something else: its guarantee is gone`)];
    return [change(isBlocking ? 'minor' : 'patch', at, `quality rule '${next.id}' redefined`)];
  }
  const changes = [
    ...patchIfChanged(
      previous.dimension,
      next.dimension,
      childPointer(at, 'dimension'),
      `dimension of rule '${next.id}'`,
    ),
    ...patchIfChanged(
      previous.description,
      next.description,
      childPointer(at, 'description'),
      `description of rule '${next.id}'`,
    ),
  ];
  if (wasBlocking !== isBlocking) {
    changes.push(
      isBlocking
        ? change('minor', childPointer(at, 'severity'), `quality rule '${next.id}' now blocks publication`)
        : change('breaking', childPointer(at, 'severity'), `quality rule '${next.id}' no longer blocks publication`),
    );
  }
  return [...changes, ...thresholdChanges(previous, next, at, wasBlocking && isBlocking)];
}

function thresholdChanges(previous: QualityRule, next: QualityRule, at: string, guaranteed: boolean): ContractChange[] {
  const [before, after] = [acceptedValues(previous), acceptedValues(next)];
  const loosened = !acceptsNoMoreThan(after, before);
  const tightened = !acceptsNoMoreThan(before, after);
  const pointer = comparisonPointer(next, at);
  if (loosened && guaranteed) {
    return [change('breaking', pointer, `quality rule '${next.id}' loosened: it accepts values it used to reject`)];
  }
  if (tightened && !loosened && guaranteed) return [change('minor', pointer, `quality rule '${next.id}' tightened`)];
  return patchIfChanged(comparisonOf(previous), comparisonOf(next), pointer, `threshold of rule '${next.id}'`);
}

/** Everything but the threshold and the documentation: what is measured, and where. */
function definition(rule: QualityRule): Record<string, unknown> {
  const ignored: readonly string[] = [...COMPARISON_KEYS, ...DOCUMENTATION_KEYS];
  return Object.fromEntries(Object.entries(rule).filter(([key]) => !ignored.includes(key)));
}

function comparisonPointer(rule: QualityRule, at: string): string {
  return childPointer(at, COMPARISON_KEYS.find((key) => key in rule) ?? '');
}
