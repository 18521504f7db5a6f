import { CatalogError } from '../http/catalog-error';
import type { TableUpdate } from './commit-request';
import {
  highestFieldId,
  NO_SNAPSHOT,
  snapshotById,
  type PartitionSpecInput,
  type Schema,
  type SchemaInput,
  type SortOrderInput,
  type TableMetadata,
} from './table-metadata';

/** The newest format version this catalog writes. */
export const MAX_FORMAT_VERSION = 3;
const MAIN = 'main';
const PREVIOUS_VERSIONS_MAX = 'write.metadata.previous-versions-max';

export interface UpdateContext {
  now: number;
  /** Refuses a location outside the warehouse, naming `pointer`. */
  checkLocation(location: string, pointer: string): void;
}

/** What the ids `-1` ("the last one added") refer to, within one commit. */
interface LastAdded {
  schemaId?: number;
  specId?: number;
  sortOrderId?: number;
  snapshots: Set<bigint>;
}

/**
 * Applies a commit's updates in order, as Iceberg's TableMetadata builder does: ids of added schemas, specs and
 * sort orders are assigned here (an identical existing one is reused), `-1` means the last one added in this
 * commit, and setting the main branch moves the current snapshot and appends to the snapshot log. A rule an
 * update breaks is a 400 naming it by pointer (/updates/<index>).
 */
export function applyUpdates(
  base: TableMetadata,
  updates: readonly TableUpdate[],
  context: UpdateContext,
): TableMetadata {
  const added: LastAdded = { snapshots: new Set() };
  let metadata = base;
  updates.forEach((update, index) => {
    metadata = applyUpdate(metadata, update, `/updates/${index}`, added, context);
  });
  return { ...metadata, 'last-updated-ms': Math.max(context.now, metadata['last-updated-ms']) };
}

function invalid(pointer: string, message: string): CatalogError {
  return new CatalogError('bad_request', `invalid ${pointer}: ${message}`);
}

function applyUpdate(
  metadata: TableMetadata,
  update: TableUpdate,
  pointer: string,
  added: LastAdded,
  context: UpdateContext,
): TableMetadata {
  switch (update.action) {
    case 'assign-uuid':
      if (metadata['table-uuid'] !== '' && metadata['table-uuid'].toLowerCase() !== update.uuid.toLowerCase())
        throw invalid(pointer, `cannot reassign the table uuid ${metadata['table-uuid']}`);
      return { ...metadata, 'table-uuid': update.uuid };
    case 'upgrade-format-version':
      return upgradeFormatVersion(metadata, update['format-version'], pointer);
    case 'add-schema':
      return addSchema(metadata, update.schema, update['last-column-id'], pointer, added);
    case 'set-current-schema': {
      const id = resolveLast(update['schema-id'], added.schemaId, 'schema', pointer);
      if (!metadata.schemas.some((schema) => schema['schema-id'] === id)) throw invalid(pointer, `no schema ${id}`);
      return { ...metadata, 'current-schema-id': id };
    }
    case 'add-spec':
      return addSpec(metadata, update.spec, pointer, added);
    case 'set-default-spec': {
      const id = resolveLast(update['spec-id'], added.specId, 'partition spec', pointer);
      if (!metadata['partition-specs'].some((spec) => spec['spec-id'] === id))
        throw invalid(pointer, `no partition spec ${id}`);
      return { ...metadata, 'default-spec-id': id };
    }
    case 'add-sort-order':
      return addSortOrder(metadata, update['sort-order'], pointer, added);
    case 'set-default-sort-order': {
      const id = resolveLast(update['sort-order-id'], added.sortOrderId, 'sort order', pointer);
      if (!metadata['sort-orders'].some((order) => order['order-id'] === id))
        throw invalid(pointer, `no sort order ${id}`);
      return { ...metadata, 'default-sort-order-id': id };
    }
    case 'add-snapshot':
      return addSnapshot(metadata, update.snapshot, pointer, added);
    case 'set-snapshot-ref': {
      const ref = {
        type: update.type,
        'snapshot-id': update['snapshot-id'],
        'max-ref-age-ms': update['max-ref-age-ms'],
        'max-snapshot-age-ms': update['max-snapshot-age-ms'],
        'min-snapshots-to-keep': update['min-snapshots-to-keep'],
      };
      return setRef(metadata, update['ref-name'], withoutUndefined(ref), pointer, added, context.now);
    }
    case 'remove-snapshots':
      return removeSnapshots(metadata, new Set(update['snapshot-ids']));
    case 'remove-snapshot-ref': {
      const refs = Object.fromEntries(Object.entries(metadata.refs).filter(([name]) => name !== update['ref-name']));
      const main = update['ref-name'] === MAIN;
      return { ...metadata, refs, 'current-snapshot-id': main ? NO_SNAPSHOT : metadata['current-snapshot-id'] };
    }
    case 'set-location':
      context.checkLocation(update.location, `${pointer}/location`);
      return { ...metadata, location: update.location.replace(/\/+$/, '') };
    case 'set-properties':
      return { ...metadata, properties: { ...metadata.properties, ...update.updates } };
    case 'remove-properties': {
      const removals = new Set(update.removals);
      const properties = Object.fromEntries(Object.entries(metadata.properties).filter(([key]) => !removals.has(key)));
      return { ...metadata, properties };
    }
    case 'set-statistics': {
      const id = update.statistics['snapshot-id'];
      if (update['snapshot-id'] !== undefined && update['snapshot-id'] !== id)
        throw invalid(pointer, `snapshot-id ${update['snapshot-id']} differs from statistics/snapshot-id ${id}`);
      const others = metadata.statistics.filter((file) => file['snapshot-id'] !== id);
      return { ...metadata, statistics: [...others, update.statistics] };
    }
    case 'remove-statistics':
      return {
        ...metadata,
        statistics: metadata.statistics.filter((file) => file['snapshot-id'] !== update['snapshot-id']),
      };
    case 'set-partition-statistics': {
      const id = update['partition-statistics']['snapshot-id'];
      const others = metadata['partition-statistics'].filter((file) => file['snapshot-id'] !== id);
      return { ...metadata, 'partition-statistics': [...others, update['partition-statistics']] };
    }
    case 'remove-partition-statistics':
      return {
        ...metadata,
        'partition-statistics': metadata['partition-statistics'].filter(
          (file) => file['snapshot-id'] !== update['snapshot-id'],
        ),
      };
    case 'remove-partition-specs': {
      const ids = new Set(update['spec-ids']);
      if (ids.has(metadata['default-spec-id']))
        throw invalid(pointer, `cannot remove the default partition spec ${metadata['default-spec-id']}`);
      return {
        ...metadata,
        'partition-specs': metadata['partition-specs'].filter((spec) => !ids.has(spec['spec-id'])),
      };
    }
    case 'remove-schemas': {
      const ids = new Set(update['schema-ids']);
      if (ids.has(metadata['current-schema-id']))
        throw invalid(pointer, `cannot remove the current schema ${metadata['current-schema-id']}`);
      return { ...metadata, schemas: metadata.schemas.filter((schema) => !ids.has(schema['schema-id'])) };
    }
    case 'add-encryption-key': {
      const key = update['encryption-key'];
      const others = (metadata['encryption-keys'] ?? []).filter((existing) => existing['key-id'] !== key['key-id']);
      return { ...metadata, 'encryption-keys': [...others, key] };
    }
    case 'remove-encryption-key':
      return {
        ...metadata,
        'encryption-keys': (metadata['encryption-keys'] ?? []).filter((key) => key['key-id'] !== update['key-id']),
      };
  }
}

/** Drops absent optional keys, so that they are not written as nulls. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

function resolveLast(id: number, lastAdded: number | undefined, what: string, pointer: string): number {
  if (id !== -1) return id;
  if (lastAdded === undefined) throw invalid(pointer, `-1 means the last ${what} added, and this commit added none`);
  return lastAdded;
}

function upgradeFormatVersion(metadata: TableMetadata, version: number, pointer: string): TableMetadata {
  if (version > MAX_FORMAT_VERSION) throw invalid(pointer, `format version ${version} is not supported`);
  if (version < metadata['format-version'])
    throw invalid(pointer, `cannot downgrade format version ${metadata['format-version']} to ${version}`);
  if (version === metadata['format-version']) return metadata;
  return {
    ...metadata,
    'format-version': version,
    ...(version >= 3 && metadata['next-row-id'] === undefined ? { 'next-row-id': 0 } : {}),
  };
}

/** Structural equality of ids-free content, to reuse an identical schema, spec or sort order. */
function sameContent(a: object, b: object, idKey: string): boolean {
  const strip = (value: object) =>
    JSON.stringify({ ...value, [idKey]: undefined }, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return strip(a) === strip(b);
}

function addSchema(
  metadata: TableMetadata,
  schema: SchemaInput,
  lastColumnId: number | undefined,
  pointer: string,
  added: LastAdded,
): TableMetadata {
  const ids = collectIds(schema);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) throw invalid(`${pointer}/schema`, `field id ${duplicate} is used twice`);
  const highest = highestFieldId({ type: 'struct', fields: schema.fields });
  if (lastColumnId !== undefined && lastColumnId < metadata['last-column-id'])
    throw invalid(`${pointer}/last-column-id`, `${lastColumnId} is below the table's ${metadata['last-column-id']}`);
  const newLastColumnId = Math.max(metadata['last-column-id'], highest, lastColumnId ?? 0);
  const existing = metadata.schemas.find((candidate) => sameContent(candidate, schema, 'schema-id'));
  if (existing !== undefined) {
    added.schemaId = existing['schema-id'];
    return { ...metadata, 'last-column-id': newLastColumnId };
  }
  const id = Math.max(-1, ...metadata.schemas.map((candidate) => candidate['schema-id'])) + 1;
  added.schemaId = id;
  return {
    ...metadata,
    schemas: [...metadata.schemas, { ...schema, 'schema-id': id }],
    'last-column-id': newLastColumnId,
  };
}

function collectIds(schema: SchemaInput): number[] {
  const ids: number[] = [];
  const visit = (type: Schema['fields'][number]['type']): void => {
    if (typeof type === 'string') return;
    if (type.type === 'struct') {
      for (const field of type.fields) {
        ids.push(field.id);
        visit(field.type);
      }
    } else if (type.type === 'list') {
      ids.push(type['element-id']);
      visit(type.element);
    } else {
      ids.push(type['key-id'], type['value-id']);
      visit(type.key);
      visit(type.value);
    }
  };
  visit({ type: 'struct', fields: schema.fields });
  return ids;
}

function addSpec(metadata: TableMetadata, spec: PartitionSpecInput, pointer: string, added: LastAdded): TableMetadata {
  let lastPartitionId = metadata['last-partition-id'];
  const fields = spec.fields.map((field) => {
    const id = field['field-id'] ?? ++lastPartitionId;
    lastPartitionId = Math.max(lastPartitionId, id);
    return { ...field, 'field-id': id };
  });
  const sourceIds = new Set(metadata.schemas.flatMap((schema) => collectIds(schema)));
  fields.forEach((field, index) => {
    if (!sourceIds.has(field['source-id']))
      throw invalid(
        `${pointer}/spec/fields/${index}/source-id`,
        `no field ${field['source-id']} in the table's schemas`,
      );
  });
  const candidate = { ...spec, fields };
  const existing = metadata['partition-specs'].find((current) => sameContent(current, candidate, 'spec-id'));
  if (existing !== undefined) {
    added.specId = existing['spec-id'];
    return { ...metadata, 'last-partition-id': lastPartitionId };
  }
  const id = Math.max(-1, ...metadata['partition-specs'].map((current) => current['spec-id'])) + 1;
  added.specId = id;
  return {
    ...metadata,
    'partition-specs': [...metadata['partition-specs'], { ...candidate, 'spec-id': id }],
    'last-partition-id': lastPartitionId,
  };
}

function addSortOrder(
  metadata: TableMetadata,
  order: SortOrderInput,
  pointer: string,
  added: LastAdded,
): TableMetadata {
  if (order.fields.length === 0) {
    added.sortOrderId = 0;
    const hasUnsorted = metadata['sort-orders'].some((current) => current['order-id'] === 0);
    return hasUnsorted
      ? metadata
      : { ...metadata, 'sort-orders': [...metadata['sort-orders'], { ...order, 'order-id': 0 }] };
  }
  const sourceIds = new Set(metadata.schemas.flatMap((schema) => collectIds(schema)));
  order.fields.forEach((field, index) => {
    if (!sourceIds.has(field['source-id']))
      throw invalid(
        `${pointer}/sort-order/fields/${index}/source-id`,
        `no field ${field['source-id']} in the table's schemas`,
      );
  });
  const existing = metadata['sort-orders'].find((current) => sameContent(current, order, 'order-id'));
  if (existing !== undefined) {
    added.sortOrderId = existing['order-id'];
    return metadata;
  }
  const id = Math.max(0, ...metadata['sort-orders'].map((current) => current['order-id'])) + 1;
  added.sortOrderId = id;
  return { ...metadata, 'sort-orders': [...metadata['sort-orders'], { ...order, 'order-id': id }] };
}

function addSnapshot(
  metadata: TableMetadata,
  snapshot: TableMetadata['snapshots'][number],
  pointer: string,
  added: LastAdded,
): TableMetadata {
  const id = snapshot['snapshot-id'];
  if (snapshotById(metadata, id) !== undefined) throw invalid(pointer, `snapshot ${id} already exists`);
  const version = metadata['format-version'];
  const sequence = snapshot['sequence-number'] ?? 0;
  if (version > 1 && sequence <= metadata['last-sequence-number'] && snapshot['parent-snapshot-id'] !== undefined)
    throw new CatalogError(
      'commit_failed',
      `Cannot add snapshot ${id} with sequence number ${sequence}: the table is at ${metadata['last-sequence-number']}`,
    );
  let nextRowId = metadata['next-row-id'];
  if (version >= 3) {
    const first = snapshot['first-row-id'];
    const rows = snapshot['added-rows'];
    if (first === undefined || rows === undefined)
      throw invalid(`${pointer}/snapshot`, 'format version 3 snapshots need first-row-id and added-rows');
    if (first < (nextRowId ?? 0))
      throw invalid(`${pointer}/snapshot/first-row-id`, `${first} is below the table's next-row-id ${nextRowId}`);
    nextRowId = first + rows;
  }
  added.snapshots.add(id);
  return {
    ...metadata,
    snapshots: [...metadata.snapshots, snapshot],
    'last-sequence-number': Math.max(metadata['last-sequence-number'], sequence),
    ...(nextRowId === undefined ? {} : { 'next-row-id': nextRowId }),
  };
}

function setRef(
  metadata: TableMetadata,
  name: string,
  ref: TableMetadata['refs'][string],
  pointer: string,
  added: LastAdded,
  now: number,
): TableMetadata {
  const id = ref['snapshot-id'];
  const snapshot = snapshotById(metadata, id);
  if (snapshot === undefined) throw invalid(pointer, `no snapshot ${id} for ref '${name}'`);
  if (name === MAIN && ref.type !== 'branch') throw invalid(`${pointer}/type`, `'main' must be a branch`);
  const refs = { ...metadata.refs, [name]: ref };
  if (name !== MAIN) return { ...metadata, refs };
  if (metadata['current-snapshot-id'] === id) return { ...metadata, refs };
  const at = added.snapshots.has(id) ? snapshot['timestamp-ms'] : now;
  return {
    ...metadata,
    refs,
    'current-snapshot-id': id,
    'snapshot-log': [...metadata['snapshot-log'], { 'snapshot-id': id, 'timestamp-ms': at }],
  };
}

function removeSnapshots(metadata: TableMetadata, ids: ReadonlySet<bigint>): TableMetadata {
  const refs = Object.fromEntries(Object.entries(metadata.refs).filter(([, ref]) => !ids.has(ref['snapshot-id'])));
  const current = metadata['current-snapshot-id'];
  return {
    ...metadata,
    snapshots: metadata.snapshots.filter((snapshot) => !ids.has(snapshot['snapshot-id'])),
    refs,
    'current-snapshot-id': ids.has(current) ? NO_SNAPSHOT : current,
    'snapshot-log': metadata['snapshot-log'].filter((entry) => !ids.has(entry['snapshot-id'])),
    statistics: metadata.statistics.filter((file) => !ids.has(file['snapshot-id'])),
    'partition-statistics': metadata['partition-statistics'].filter((file) => !ids.has(file['snapshot-id'])),
  };
}

/** Records the replaced metadata file in the new metadata's log, keeping as many entries as the table's property says. */
export function withMetadataLog(
  metadata: TableMetadata,
  previous: { location: string; updatedAt: number } | null,
): TableMetadata {
  if (previous === null) return metadata;
  const max = Number(metadata.properties[PREVIOUS_VERSIONS_MAX] ?? 100);
  const log = [...metadata['metadata-log'], { 'metadata-file': previous.location, 'timestamp-ms': previous.updatedAt }];
  return { ...metadata, 'metadata-log': log.slice(Math.max(0, log.length - Math.max(1, max))) };
}
