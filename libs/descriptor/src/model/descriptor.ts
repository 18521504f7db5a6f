// The descriptor model. Hand-written to match schema/descriptor.schema.json (the source of
// truth); schema-types.spec.ts fails when a property or its required-ness differs.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Scalar = string | number | boolean;

/** Ordered from least to most sensitive. */
export const CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface DataProductDescriptor {
  apiVersion: 'mesh/v1';
  kind: 'DataProduct';
  metadata: ProductMetadata;
  spec: ProductSpec;
}

export interface ProductMetadata {
  name: string;
  domain: string;
  /** Optional in the schema: governance policies, not the parser, demand it (see the schema). */
  owner?: string;
  title: string;
  description: string;
  tags?: string[];
  classification: Classification;
  version: string;
}

export interface ProductSpec {
  inputPorts?: InputPort[];
  outputPorts: OutputPort[];
  contract: DataContract;
  access: AccessPolicy;
}

export interface InputPort {
  name: string;
  /** `mesh://<domain>/<product>/v<major>` */
  address: string;
  description?: string;
}

export type OutputPortType = 'iceberg-table' | 'kafka-topic';

export interface OutputPort {
  name: string;
  type: OutputPortType;
  /** The contract table the port serves; absent means the table named like the port. */
  table?: string;
  description: string;
  iceberg?: IcebergSettings;
  kafka?: KafkaSettings;
}

export interface IcebergSettings {
  partitionSpec: PartitionField[];
}

export interface PartitionField {
  field: string;
  /** identity, year, month, day, hour, bucket[N] or truncate[N] */
  transform: string;
}

export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';

export interface KafkaSettings {
  partitions?: number;
  retentionMs?: number;
  cleanupPolicy?: CleanupPolicy;
}

export interface DataContract {
  schema: TableSchema[];
  quality?: QualityRule[];
  sla?: ServiceLevels;
}

export interface TableSchema {
  name: string;
  description: string;
  fields: FieldSchema[];
}

export interface FieldSchema {
  name: string;
  /** See field-type.ts for the grammar. */
  type: string;
  description: string;
  required?: boolean;
  primaryKey?: boolean;
  unique?: boolean;
  classification?: Classification;
  pii?: boolean;
  examples?: JsonValue[];
}

export type Severity = 'blocking' | 'warning';
export type QualityDimension =
  'accuracy' | 'completeness' | 'conformity' | 'consistency' | 'coverage' | 'timeliness' | 'uniqueness';

/** Exactly one of these is set on a rule (the schema enforces it). */
export interface Comparison {
  mustBe?: number;
  mustNotBe?: number;
  mustBeGreaterThan?: number;
  mustBeGreaterOrEqualTo?: number;
  mustBeLessThan?: number;
  mustBeLessOrEqualTo?: number;
  mustBeBetween?: [number, number];
}

export interface QualityRuleCommon extends Comparison {
  id: string;
  table: string;
  field?: string;
  severity: Severity;
  dimension?: QualityDimension;
  description?: string;
}

export type QualityMetric = 'nullValues' | 'missingValues' | 'invalidValues' | 'duplicateValues' | 'rowCount';

export interface MetricArguments {
  validValues?: Scalar[];
  pattern?: string;
  missingValues?: Scalar[];
}

export interface MetricQualityRule extends QualityRuleCommon {
  metric: QualityMetric;
  arguments?: MetricArguments;
}

export interface SqlQualityRule extends QualityRuleCommon {
  type: 'sql';
  query: string;
}

export type QualityRule = MetricQualityRule | SqlQualityRule;

export interface ServiceLevels {
  freshness?: FreshnessObjective;
  /** A percentage such as `99.9%`. */
  availability?: string;
}

export interface FreshnessObjective {
  /** `24h`-style shorthand or an ISO 8601 duration. */
  maxDelay: string;
  /** Absent means every output port. */
  port?: string;
}

export type Visibility = 'public' | 'internal' | 'restricted';
export type Approval = 'auto' | 'manual';
export type OnRetire = 'drop' | 'archive';

export interface AccessPolicy {
  visibility: Visibility;
  approval: Approval;
  retention?: { onRetire: OnRetire };
}

export function isSqlRule(rule: QualityRule): rule is SqlQualityRule {
  return 'type' in rule && rule.type === 'sql';
}

/** The table an output port serves. */
export function portTable(port: OutputPort): string {
  return port.table ?? port.name;
}
