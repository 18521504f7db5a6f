// The parts of the Iceberg REST catalog's model (docs/specs/iceberg/iceberg-rest-catalog-open-api.yaml) that provisioning
// reads and writes. Primitive types are strings such as `long` or `decimal(12,2)`.

export type IcebergType = string | IcebergStruct | IcebergList;

export interface IcebergField {
  id: number;
  name: string;
  type: IcebergType;
  required: boolean;
  doc?: string;
}

export interface IcebergStruct {
  type: 'struct';
  fields: IcebergField[];
}

export interface IcebergList {
  type: 'list';
  'element-id': number;
  element: IcebergType;
  'element-required': boolean;
}

export interface IcebergSchema extends IcebergStruct {
  'schema-id'?: number;
  'identifier-field-ids'?: number[];
}

export interface IcebergPartitionField {
  'field-id'?: number;
  'source-id': number;
  name: string;
  transform: string;
}

export interface IcebergPartitionSpec {
  'spec-id'?: number;
  fields: IcebergPartitionField[];
}

export interface TableMetadata {
  'table-uuid': string;
  'current-schema-id'?: number;
  'last-column-id'?: number;
  schemas?: IcebergSchema[];
  'default-spec-id'?: number;
  'partition-specs'?: IcebergPartitionSpec[];
  properties?: Record<string, string>;
}

export interface LoadTableResult {
  'metadata-location'?: string | null;
  metadata: TableMetadata;
}

export type TableRequirement =
  | { type: 'assert-table-uuid'; uuid: string }
  | { type: 'assert-current-schema-id'; 'current-schema-id': number }
  | { type: 'assert-last-assigned-field-id'; 'last-assigned-field-id': number }
  | { type: 'assert-default-spec-id'; 'default-spec-id': number };

export type TableUpdate =
  | { action: 'add-schema'; schema: IcebergSchema; 'last-column-id'?: number }
  | { action: 'set-current-schema'; 'schema-id': number }
  | { action: 'add-spec'; spec: IcebergPartitionSpec }
  | { action: 'set-default-spec'; 'spec-id': number }
  | { action: 'set-properties'; updates: Record<string, string> };

export interface CreateTableRequest {
  name: string;
  schema: IcebergSchema;
  'partition-spec'?: IcebergPartitionSpec;
  properties?: Record<string, string>;
}

export interface CommitTableRequest {
  requirements: TableRequirement[];
  updates: TableUpdate[];
}

/** The table's current schema, from its metadata. */
export function currentSchema(metadata: TableMetadata): IcebergSchema | undefined {
  return metadata.schemas?.find((schema) => schema['schema-id'] === metadata['current-schema-id']);
}

/** The table's default partition spec, from its metadata. */
export function defaultSpec(metadata: TableMetadata): IcebergPartitionSpec | undefined {
  return metadata['partition-specs']?.find((spec) => spec['spec-id'] === metadata['default-spec-id']);
}
