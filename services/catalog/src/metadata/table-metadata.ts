import { z } from 'zod';

// Iceberg table metadata (spec: TableMetadata and the types it holds), as zod schemas that both read request
// bodies and the metadata files of the warehouse. Snapshot ids use all 64 bits: they are bigints here, and
// parseJson/toJson keep them exact on the wire. Objects pass unknown keys through, so metadata written by newer
// writers keeps what this catalog does not know about.

/** A 64-bit integer, as parseJson gives it (a number when it fits a double exactly, else a bigint). */
export const long = z.union([z.number().int(), z.bigint()]).transform((value) => BigInt(value));

export type IcebergType = string | StructType | ListType | MapType;

export interface StructField {
  id: number;
  name: string;
  type: IcebergType;
  required: boolean;
  doc?: string;
  [key: string]: unknown;
}

export interface StructType {
  type: 'struct';
  fields: StructField[];
  [key: string]: unknown;
}

export interface ListType {
  type: 'list';
  'element-id': number;
  element: IcebergType;
  'element-required': boolean;
  [key: string]: unknown;
}

export interface MapType {
  type: 'map';
  'key-id': number;
  key: IcebergType;
  'value-id': number;
  value: IcebergType;
  'value-required': boolean;
  [key: string]: unknown;
}

const fieldId = z.number().int();

export const icebergType: z.ZodType<IcebergType, z.ZodTypeDef, unknown> = z.lazy(() =>
  z.union([z.string().min(1), structType, listType, mapType]),
);

const structField: z.ZodType<StructField, z.ZodTypeDef, unknown> = z
  .object({
    id: fieldId,
    name: z.string().min(1),
    type: icebergType,
    required: z.boolean(),
    doc: z.string().optional(),
  })
  .passthrough();

const structType: z.ZodType<StructType, z.ZodTypeDef, unknown> = z
  .object({ type: z.literal('struct'), fields: z.array(structField) })
  .passthrough();

const listType: z.ZodType<ListType, z.ZodTypeDef, unknown> = z
  .object({
    type: z.literal('list'),
    'element-id': fieldId,
    element: icebergType,
    'element-required': z.boolean(),
  })
  .passthrough();

const mapType: z.ZodType<MapType, z.ZodTypeDef, unknown> = z
  .object({
    type: z.literal('map'),
    'key-id': fieldId,
    key: icebergType,
    'value-id': fieldId,
    value: icebergType,
    'value-required': z.boolean(),
  })
  .passthrough();

export const schemaSchema = z
  .object({
    type: z.literal('struct'),
    fields: z.array(structField),
    'schema-id': z.number().int().min(0).optional(),
    'identifier-field-ids': z.array(fieldId).optional(),
  })
  .passthrough();
/** A schema as a request gives it: its id is assigned by the catalog. */
export interface SchemaInput {
  type: 'struct';
  fields: StructField[];
  'schema-id'?: number;
  'identifier-field-ids'?: number[];
}

export interface Schema extends SchemaInput {
  'schema-id': number;
}

export const partitionFieldSchema = z
  .object({
    'field-id': z.number().int().optional(),
    'source-id': fieldId,
    name: z.string().min(1),
    transform: z.string().min(1),
  })
  .passthrough();

export const partitionSpecSchema = z
  .object({ 'spec-id': z.number().int().min(0).optional(), fields: z.array(partitionFieldSchema) })
  .passthrough();
export interface PartitionFieldInput {
  'field-id'?: number;
  'source-id': number;
  name: string;
  transform: string;
}

export interface PartitionSpecInput {
  'spec-id'?: number;
  fields: PartitionFieldInput[];
}

export interface PartitionSpec {
  'spec-id': number;
  fields: (PartitionFieldInput & { 'field-id': number })[];
}

export const sortFieldSchema = z
  .object({
    'source-id': fieldId,
    transform: z.string().min(1),
    direction: z.enum(['asc', 'desc']),
    'null-order': z.enum(['nulls-first', 'nulls-last']),
  })
  .passthrough();

export const sortOrderSchema = z
  .object({ 'order-id': z.number().int().min(0).optional(), fields: z.array(sortFieldSchema) })
  .passthrough();
export interface SortField {
  'source-id': number;
  transform: string;
  direction: 'asc' | 'desc';
  'null-order': 'nulls-first' | 'nulls-last';
}

export interface SortOrderInput {
  'order-id'?: number;
  fields: SortField[];
}

export interface SortOrder extends SortOrderInput {
  'order-id': number;
}

export const snapshotSchema = z
  .object({
    'snapshot-id': long,
    'parent-snapshot-id': long.nullable().optional(),
    'sequence-number': z.number().int().min(0).optional(),
    'timestamp-ms': z.number().int(),
    'manifest-list': z.string().min(1),
    summary: z.object({ operation: z.enum(['append', 'replace', 'overwrite', 'delete']) }).catchall(z.string()),
    'schema-id': z.number().int().optional(),
    'first-row-id': z.number().int().min(0).optional(),
    'added-rows': z.number().int().min(0).optional(),
  })
  .passthrough();
export interface Snapshot {
  'snapshot-id': bigint;
  'parent-snapshot-id'?: bigint | null;
  'sequence-number'?: number;
  'timestamp-ms': number;
  'manifest-list': string;
  summary: { operation: 'append' | 'replace' | 'overwrite' | 'delete'; [key: string]: string };
  'schema-id'?: number;
  'first-row-id'?: number;
  'added-rows'?: number;
}

export const snapshotRefSchema = z
  .object({
    type: z.enum(['tag', 'branch']),
    'snapshot-id': long,
    'max-ref-age-ms': z.number().int().optional(),
    'max-snapshot-age-ms': z.number().int().optional(),
    'min-snapshots-to-keep': z.number().int().optional(),
  })
  .passthrough();
export interface SnapshotRef {
  type: 'tag' | 'branch';
  'snapshot-id': bigint;
  'max-ref-age-ms'?: number;
  'max-snapshot-age-ms'?: number;
  'min-snapshots-to-keep'?: number;
}

export const statisticsFileSchema = z
  .object({
    'snapshot-id': long,
    'statistics-path': z.string().min(1),
    'file-size-in-bytes': z.number().int(),
    'file-footer-size-in-bytes': z.number().int(),
    'key-metadata': z.string().optional(),
    'blob-metadata': z.array(z.object({}).passthrough()),
  })
  .passthrough();
export interface StatisticsFile {
  'snapshot-id': bigint;
  'statistics-path': string;
  'file-size-in-bytes': number;
  'file-footer-size-in-bytes': number;
  'key-metadata'?: string;
  'blob-metadata': Record<string, unknown>[];
}

export const partitionStatisticsFileSchema = z
  .object({ 'snapshot-id': long, 'statistics-path': z.string().min(1), 'file-size-in-bytes': z.number().int() })
  .passthrough();
export interface PartitionStatisticsFile {
  'snapshot-id': bigint;
  'statistics-path': string;
  'file-size-in-bytes': number;
}

export const encryptedKeySchema = z
  .object({
    'key-id': z.string().min(1),
    'encrypted-key-metadata': z.string(),
    'encrypted-by-id': z.string().optional(),
    properties: z.record(z.string()).optional(),
  })
  .passthrough();
export interface EncryptedKey {
  'key-id': string;
  'encrypted-key-metadata': string;
  'encrypted-by-id'?: string;
  properties?: Record<string, string>;
}

const snapshotLogEntry = z.object({ 'snapshot-id': long, 'timestamp-ms': z.number().int() }).passthrough();
const metadataLogEntry = z.object({ 'metadata-file': z.string(), 'timestamp-ms': z.number().int() }).passthrough();

/** No current snapshot: Java writers and readers use -1, PyIceberg reads it as none. */
export const NO_SNAPSHOT = -1n;

/** A metadata file as written by this catalog or by another Iceberg writer (for register). */
export const tableMetadataSchema = z
  .object({
    'format-version': z.number().int().min(1).max(3),
    'table-uuid': z.string().min(1),
    location: z.string().min(1),
    'last-sequence-number': z.number().int().min(0).default(0),
    'last-updated-ms': z.number().int(),
    'last-column-id': z.number().int(),
    schemas: z.array(schemaSchema.extend({ 'schema-id': z.number().int().min(0) })).default([]),
    'current-schema-id': z.number().int().default(0),
    'partition-specs': z.array(partitionSpecSchema.extend({ 'spec-id': z.number().int().min(0) })).default([]),
    'default-spec-id': z.number().int().default(0),
    'last-partition-id': z.number().int().default(999),
    properties: z.record(z.string()).default({}),
    'current-snapshot-id': long.nullable().default(null),
    snapshots: z.array(snapshotSchema).default([]),
    'snapshot-log': z.array(snapshotLogEntry).default([]),
    'metadata-log': z.array(metadataLogEntry).default([]),
    'sort-orders': z.array(sortOrderSchema.extend({ 'order-id': z.number().int().min(0) })).default([]),
    'default-sort-order-id': z.number().int().default(0),
    refs: z.record(snapshotRefSchema).default({}),
    statistics: z.array(statisticsFileSchema).default([]),
    'partition-statistics': z.array(partitionStatisticsFileSchema).default([]),
    'next-row-id': z.number().int().min(0).optional(),
    'encryption-keys': z.array(encryptedKeySchema).optional(),
  })
  .passthrough();

/** Table metadata; keys this catalog does not know stay in the object and are written back as they were. */
export interface TableMetadata {
  'format-version': number;
  'table-uuid': string;
  location: string;
  'last-sequence-number': number;
  'last-updated-ms': number;
  'last-column-id': number;
  schemas: Schema[];
  'current-schema-id': number;
  'partition-specs': PartitionSpec[];
  'default-spec-id': number;
  'last-partition-id': number;
  properties: Record<string, string>;
  /** NO_SNAPSHOT when the table has no current snapshot. */
  'current-snapshot-id': bigint;
  snapshots: Snapshot[];
  'snapshot-log': { 'snapshot-id': bigint; 'timestamp-ms': number }[];
  'metadata-log': { 'metadata-file': string; 'timestamp-ms': number }[];
  'sort-orders': SortOrder[];
  'default-sort-order-id': number;
  refs: Record<string, SnapshotRef>;
  statistics: StatisticsFile[];
  'partition-statistics': PartitionStatisticsFile[];
  'next-row-id'?: number;
  'encryption-keys'?: EncryptedKey[];
}

/**
 * Reads a metadata document. v1 files may carry only `schema` and `partition-spec`; they are lifted into the lists
 * v2 uses. A missing current snapshot becomes NO_SNAPSHOT.
 */
export function readTableMetadata(document: unknown): TableMetadata {
  const lifted = liftV1(document);
  // The schema checked every field TableMetadata types; unknown keys pass through.
  const parsed = tableMetadataSchema.parse(lifted) as unknown as TableMetadata & {
    'current-snapshot-id': bigint | null;
    'partition-specs': PartitionSpecInput[];
  };
  return {
    ...parsed,
    'partition-specs': parsed['partition-specs'].map((spec) => ({
      ...spec,
      fields: spec.fields.map((field, index) => ({ ...field, 'field-id': field['field-id'] ?? 1000 + index })),
    })),
    'current-snapshot-id': parsed['current-snapshot-id'] ?? NO_SNAPSHOT,
  };
}

function liftV1(document: unknown): unknown {
  if (typeof document !== 'object' || document === null) return document;
  const raw = document as Record<string, unknown>;
  const lifted: Record<string, unknown> = { ...raw };
  if (raw.schemas === undefined && typeof raw.schema === 'object' && raw.schema !== null) {
    const schema = raw.schema as Record<string, unknown>;
    lifted.schemas = [{ ...schema, 'schema-id': schema['schema-id'] ?? 0 }];
    lifted['current-schema-id'] = schema['schema-id'] ?? 0;
  }
  if (raw['partition-specs'] === undefined && Array.isArray(raw['partition-spec'])) {
    lifted['partition-specs'] = [{ 'spec-id': 0, fields: raw['partition-spec'] }];
    lifted['default-spec-id'] = 0;
  }
  return lifted;
}

/**
 * The document written to the warehouse and returned to clients. v1 readers also need the current schema and
 * partition spec in their single-valued v1 fields.
 */
export function metadataDocument(metadata: TableMetadata): Record<string, unknown> {
  if (metadata['format-version'] !== 1) return { ...metadata };
  const schema = metadata.schemas.find((candidate) => candidate['schema-id'] === metadata['current-schema-id']);
  const spec = metadata['partition-specs'].find((candidate) => candidate['spec-id'] === metadata['default-spec-id']);
  return { ...metadata, schema, 'partition-spec': spec?.fields ?? [] };
}

export function currentSchema(metadata: TableMetadata): Schema {
  const schema = metadata.schemas.find((candidate) => candidate['schema-id'] === metadata['current-schema-id']);
  if (schema === undefined) throw new Error(`metadata has no schema ${metadata['current-schema-id']}`);
  return schema;
}

export function snapshotById(metadata: TableMetadata, id: bigint): Snapshot | undefined {
  return metadata.snapshots.find((snapshot) => snapshot['snapshot-id'] === id);
}

/** The highest field id in a type, nested fields, list elements and map keys and values included. */
export function highestFieldId(type: IcebergType): number {
  if (typeof type === 'string') return 0;
  switch (type.type) {
    case 'struct':
      return Math.max(0, ...type.fields.map((field) => Math.max(field.id, highestFieldId(field.type))));
    case 'list':
      return Math.max(type['element-id'], highestFieldId(type.element));
    case 'map':
      return Math.max(type['key-id'], type['value-id'], highestFieldId(type.key), highestFieldId(type.value));
  }
}
