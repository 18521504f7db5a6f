import type { Comparison, JsonValue, MetricArguments, QualityMetric } from '../model/descriptor';

// The part of ODCS v3.1 (bitol-io open-data-contract-standard) that the descriptor maps to.
// Only what toOdcs writes is typed; fromOdcs reads untyped input defensively.

/** Custom properties the descriptor adds for what ODCS has no field for. */
export const PII_PROPERTY = 'pii';
export const FRESHNESS_PORT_PROPERTY = 'freshnessPort';

export type OdcsLogicalType =
  'string' | 'date' | 'timestamp' | 'time' | 'number' | 'integer' | 'object' | 'array' | 'boolean';

export interface OdcsCustomProperty {
  property: string;
  value: JsonValue;
}

/** The type-describing keys, shared by properties and array items. */
export interface OdcsTyped {
  logicalType: OdcsLogicalType;
  logicalTypeOptions?: Record<string, JsonValue>;
  physicalType: string;
  items?: OdcsTyped;
  properties?: OdcsProperty[];
}

export interface OdcsProperty extends OdcsTyped {
  name: string;
  description?: string;
  required?: boolean;
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  unique?: boolean;
  classification?: string;
  examples?: JsonValue[];
  customProperties?: OdcsCustomProperty[];
  quality?: OdcsQualityRule[];
}

export interface OdcsQualityRule extends Comparison {
  id: string;
  type: 'library' | 'sql';
  metric?: QualityMetric;
  arguments?: MetricArguments;
  query?: string;
  severity: string;
  dimension?: string;
  description?: string;
}

export interface OdcsSchemaObject {
  name: string;
  logicalType: 'object';
  physicalType: 'table' | 'topic';
  description: string;
  properties: OdcsProperty[];
  quality?: OdcsQualityRule[];
}

export interface OdcsSlaProperty {
  id: string;
  property: string;
  value: string | number;
  unit?: string;
}

export interface OdcsDocument {
  apiVersion: 'v3.1.0';
  kind: 'DataContract';
  id: string;
  name: string;
  version: string;
  status: string;
  domain: string;
  /** Deprecated in ODCS 3.1 but still read by 3.0 tools. */
  dataProduct: string;
  description: { purpose: string };
  tags?: string[];
  team?: { name: string };
  schema: OdcsSchemaObject[];
  slaProperties?: OdcsSlaProperty[];
  customProperties?: OdcsCustomProperty[];
}
