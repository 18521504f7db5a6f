import { z } from 'zod';
import { CatalogError } from '../http/catalog-error';
import { applyUpdates, MAX_FORMAT_VERSION, type UpdateContext } from './apply-updates';
import type { TableUpdate } from './commit-request';
import { NO_SNAPSHOT, partitionSpecSchema, schemaSchema, sortOrderSchema, type TableMetadata } from './table-metadata';

// Optional members may also come as null: Iceberg's Java client (Spark, Trino) sends `"location": null` and
// `"write-order": null` when it has none.
export const createTableRequestSchema = z.object({
  name: z.string(),
  location: z.string().min(1).nullish(),
  schema: schemaSchema,
  'partition-spec': partitionSpecSchema.nullish(),
  'write-order': sortOrderSchema.nullish(),
  'stage-create': z.boolean().nullish(),
  properties: z.record(z.string()).nullish(),
});
export type CreateTableRequest = z.infer<typeof createTableRequestSchema>;

const DEFAULT_FORMAT_VERSION = 2;
const FORMAT_VERSION_PROPERTY = 'format-version';

/** The metadata a table starts from before its first updates: what a create transaction commits onto. */
export function emptyMetadata(): TableMetadata {
  return {
    'format-version': 1,
    'table-uuid': '',
    location: '',
    'last-sequence-number': 0,
    'last-updated-ms': 0,
    'last-column-id': 0,
    schemas: [],
    'current-schema-id': -1,
    'partition-specs': [],
    'default-spec-id': -1,
    'last-partition-id': 999,
    properties: {},
    'current-snapshot-id': NO_SNAPSHOT,
    snapshots: [],
    'snapshot-log': [],
    'metadata-log': [],
    'sort-orders': [],
    'default-sort-order-id': -1,
    refs: {},
    statistics: [],
    'partition-statistics': [],
  };
}

/**
 * A new table's metadata, built as the updates a create transaction would commit, so that a direct create and a
 * staged one end the same way. The `format-version` property chooses the format (2 by default) and is not kept.
 */
export function newTableMetadata(
  request: CreateTableRequest,
  location: string,
  uuid: string,
  context: UpdateContext,
): TableMetadata {
  return applyUpdates(emptyMetadata(), createUpdates(request, location, uuid), context);
}

export function createUpdates(request: CreateTableRequest, location: string, uuid: string): TableUpdate[] {
  const { [FORMAT_VERSION_PROPERTY]: requestedVersion, ...properties } = request.properties ?? {};
  const formatVersion = requestedVersion === undefined ? DEFAULT_FORMAT_VERSION : Number(requestedVersion);
  if (!Number.isInteger(formatVersion) || formatVersion < 1 || formatVersion > MAX_FORMAT_VERSION)
    throw new CatalogError(
      'bad_request',
      `invalid /properties/format-version: '${requestedVersion}' is not a format version from 1 to ${MAX_FORMAT_VERSION}`,
    );
  return [
    { action: 'assign-uuid', uuid },
    { action: 'upgrade-format-version', 'format-version': formatVersion },
    { action: 'add-schema', schema: request.schema },
    { action: 'set-current-schema', 'schema-id': -1 },
    { action: 'add-spec', spec: request['partition-spec'] ?? { fields: [] } },
    { action: 'set-default-spec', 'spec-id': -1 },
    { action: 'add-sort-order', 'sort-order': request['write-order'] ?? { fields: [] } },
    { action: 'set-default-sort-order', 'sort-order-id': -1 },
    { action: 'set-location', location },
    { action: 'set-properties', updates: properties },
  ];
}
