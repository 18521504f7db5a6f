import { durationMs } from '../model/duration';
import type { ServiceLevels } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import { change, directionalChange, patchIfChanged, type ContractChange } from './change';

const SLA = '/spec/contract/sla';

export function compareSla(previous: ServiceLevels = {}, next: ServiceLevels = {}): ContractChange[] {
  return [...freshnessChanges(previous, next), ...availabilityChanges(previous, next)];
}

function freshnessChanges({ freshness: before }: ServiceLevels, { freshness: after }: ServiceLevels): ContractChange[] {
  const at = childPointer(SLA, 'freshness');
  if (!before) return after ? [change('minor', at, 'freshness objective added')] : [];
  if (!after) return [change('breaking', at, 'freshness objective removed: consumers lose the guarantee')];
  const [beforeMs, afterMs] = [durationMs(before.maxDelay) ?? 0, durationMs(after.maxDelay) ?? 0];
  const changes =
    beforeMs === afterMs
      ? patchIfChanged(before.maxDelay, after.maxDelay, childPointer(at, 'maxDelay'), 'spelling of the freshness delay')
      : directionalChange(
          beforeMs,
          afterMs,
          childPointer(at, 'maxDelay'),
          `freshness delay changed from ${before.maxDelay} to ${after.maxDelay}`,
          'down',
        );
  if (before.port !== after.port) {
    // No port means every output port, so only dropping the port widens the guarantee.
    const widened = after.port === undefined;
    changes.push(
      change(
        widened ? 'minor' : 'breaking',
        childPointer(at, 'port'),
        widened
          ? 'freshness now guaranteed on every output port'
          : `freshness now guaranteed only on port '${after.port}'${before.port ? ` instead of '${before.port}'` : ''}`,
      ),
    );
  }
  return changes;
}

function availabilityChanges(
  { availability: before }: ServiceLevels,
  { availability: after }: ServiceLevels,
): ContractChange[] {
  const at = childPointer(SLA, 'availability');
  if (before === undefined) return after === undefined ? [] : [change('minor', at, 'availability objective added')];
  if (after === undefined)
    return [change('breaking', at, 'availability objective removed: consumers lose the guarantee')];
  return directionalChange(
    parseFloat(before),
    parseFloat(after),
    at,
    `availability changed from ${before} to ${after}`,
    'up',
  );
}
