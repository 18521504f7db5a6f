import { classificationRank } from '../model/classification';
import type {
  AccessPolicy,
  DataProductDescriptor,
  InputPort,
  KafkaSettings,
  OutputPort,
  ProductMetadata,
  Visibility,
} from '../model/descriptor';
import { portTable } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import { change, directionalChange, patchIfChanged, type ContractChange } from './change';
import { compareQuality } from './compare-quality';
import { compareSchema } from './compare-schema';
import { compareSla } from './compare-sla';
import { matchByKey } from './match';

/**
 * Every difference between two versions of a product that consumers could notice, each
 * classified breaking, minor or patch (the rules are in the README). Both descriptors must
 * be valid.
 */
export function compareContracts(previous: DataProductDescriptor, next: DataProductDescriptor): ContractChange[] {
  return [
    ...compareMetadata(previous.metadata, next.metadata),
    ...compareInputPorts(previous.spec.inputPorts ?? [], next.spec.inputPorts ?? []),
    ...compareOutputPorts(previous.spec.outputPorts, next.spec.outputPorts),
    ...compareSchema(previous.spec.contract.schema, next.spec.contract.schema, {
      previous: previous.metadata.classification,
      next: next.metadata.classification,
    }),
    ...compareQuality(previous.spec.contract.quality ?? [], next.spec.contract.quality ?? []),
    ...compareSla(previous.spec.contract.sla, next.spec.contract.sla),
    ...compareAccess(previous.spec.access, next.spec.access),
  ];
}

function compareMetadata(previous: ProductMetadata, next: ProductMetadata): ContractChange[] {
  const changes: ContractChange[] = [];
  for (const key of ['domain', 'name'] as const) {
    if (previous[key] !== next[key]) {
      changes.push(
        change(
          'breaking',
          `/metadata/${key}`,
          `product ${key} changed from ${previous[key]} to ${next[key]}: its address changes`,
        ),
      );
    }
  }
  for (const key of ['owner', 'title', 'description'] as const) {
    changes.push(...patchIfChanged(previous[key], next[key], `/metadata/${key}`, key));
  }
  changes.push(
    ...patchIfChanged([...(previous.tags ?? [])].sort(), [...(next.tags ?? [])].sort(), '/metadata/tags', 'tags'),
    ...directionalChange(
      classificationRank(previous.classification),
      classificationRank(next.classification),
      '/metadata/classification',
      `classification changed from ${previous.classification} to ${next.classification}`,
      'down',
    ),
  );
  return changes;
}

// Inputs are how the product is built, not what consumers read: lineage changes, nothing else.
function compareInputPorts(previous: readonly InputPort[], next: readonly InputPort[]): ContractChange[] {
  const ports = matchByKey(previous, next, (port) => port.name);
  const at = (index: number) => childPointer('/spec/inputPorts', index);
  return [
    ...ports.removed.map(({ item, index }) => change('patch', at(index), `input port '${item.name}' removed`)),
    ...ports.added.map(({ item, index }) => change('patch', at(index), `input port '${item.name}' added`)),
    ...ports.kept.flatMap(({ previous: before, next: after }) =>
      patchIfChanged(before.item, after.item, at(after.index), `input port '${after.item.name}'`),
    ),
  ];
}

function compareOutputPorts(previous: readonly OutputPort[], next: readonly OutputPort[]): ContractChange[] {
  const ports = matchByKey(previous, next, (port) => port.name);
  const at = (index: number) => childPointer('/spec/outputPorts', index);
  return [
    ...ports.removed.map(({ item, index }) =>
      change('breaking', at(index), `output port '${item.name}' removed: consumers reading it fail`),
    ),
    ...ports.added.map(({ item, index }) => change('minor', at(index), `output port '${item.name}' added`)),
    ...ports.kept.flatMap(({ previous: before, next: after }) =>
      compareOutputPort(before.item, after.item, at(after.index)),
    ),
  ];
}

function compareOutputPort(previous: OutputPort, next: OutputPort, at: string): ContractChange[] {
  const name = next.name;
  if (previous.type !== next.type) {
    return [
      change(
        'breaking',
        childPointer(at, 'type'),
        `output port '${name}' changed from ${previous.type} to ${next.type}`,
      ),
    ];
  }
  const changes = [
    ...patchIfChanged(
      previous.description,
      next.description,
      childPointer(at, 'description'),
      `description of port '${name}'`,
    ),
    // Iceberg evolves partitioning in place; readers see the same rows either way.
    ...patchIfChanged(previous.iceberg, next.iceberg, childPointer(at, 'iceberg'), `partitioning of port '${name}'`),
    ...compareKafka(previous.kafka ?? {}, next.kafka ?? {}, childPointer(at, 'kafka'), name),
  ];
  if (portTable(previous) !== portTable(next)) {
    changes.push(
      change(
        'breaking',
        childPointer(at, 'table'),
        `output port '${name}' now serves table '${portTable(next)}' instead of '${portTable(previous)}'`,
      ),
    );
  }
  return changes;
}

function compareKafka(previous: KafkaSettings, next: KafkaSettings, at: string, port: string): ContractChange[] {
  const changes: ContractChange[] = [];
  // Settings left out take the platform's defaults, which this comparison cannot know: such changes are patches.
  if (previous.partitions !== undefined && next.partitions !== undefined) {
    changes.push(
      ...directionalChange(
        previous.partitions,
        next.partitions,
        childPointer(at, 'partitions'),
        `partitions of '${port}' changed from ${previous.partitions} to ${next.partitions}${next.partitions < previous.partitions ? ': Kafka cannot remove partitions' : ''}`,
        'up',
      ),
    );
  } else {
    changes.push(
      ...patchIfChanged(
        previous.partitions,
        next.partitions,
        childPointer(at, 'partitions'),
        `partitions of '${port}'`,
      ),
    );
  }
  if (previous.retentionMs !== undefined && next.retentionMs !== undefined) {
    changes.push(
      ...directionalChange(
        retentionRank(previous.retentionMs),
        retentionRank(next.retentionMs),
        childPointer(at, 'retentionMs'),
        `retention of '${port}' changed from ${previous.retentionMs} to ${next.retentionMs} ms`,
        'up',
      ),
    );
  } else {
    changes.push(
      ...patchIfChanged(
        previous.retentionMs,
        next.retentionMs,
        childPointer(at, 'retentionMs'),
        `retention of '${port}'`,
      ),
    );
  }
  // Kafka's default is delete. Compaction and deletion drop different records, so any switch breaks replays.
  const [before, after] = [previous.cleanupPolicy ?? 'delete', next.cleanupPolicy ?? 'delete'];
  if (before !== after) {
    changes.push(
      change(
        'breaking',
        childPointer(at, 'cleanupPolicy'),
        `cleanup policy of '${port}' changed from ${before} to ${after}`,
      ),
    );
  }
  return changes;
}

/** -1 keeps records forever, longer than any number of milliseconds. */
function retentionRank(retentionMs: number): number {
  return retentionMs === -1 ? Infinity : retentionMs;
}

const VISIBILITY_WIDTH: Record<Visibility, number> = { restricted: 0, internal: 1, public: 2 };

function compareAccess(previous: AccessPolicy, next: AccessPolicy): ContractChange[] {
  const approvalRank = (access: AccessPolicy) => (access.approval === 'auto' ? 1 : 0);
  // Without retention the data is dropped on retirement.
  const archiveRank = (access: AccessPolicy) => (access.retention?.onRetire === 'archive' ? 1 : 0);
  return [
    ...directionalChange(
      VISIBILITY_WIDTH[previous.visibility],
      VISIBILITY_WIDTH[next.visibility],
      '/spec/access/visibility',
      `visibility changed from ${previous.visibility} to ${next.visibility}`,
      'up',
    ),
    ...directionalChange(
      approvalRank(previous),
      approvalRank(next),
      '/spec/access/approval',
      `approval changed from ${previous.approval} to ${next.approval}`,
      'up',
    ),
    ...directionalChange(
      archiveRank(previous),
      archiveRank(next),
      '/spec/access/retention',
      `data is ${archiveRank(next) ? 'now archived' : 'no longer archived'} when the product is retired`,
      'up',
    ),
  ];
}
