// Model
export { CLASSIFICATIONS, isSqlRule, portTable } from './model/descriptor';
export { COMPARISON_KEYS, comparisonOf } from './model/comparison';
export { QUALITY_TIERS, qualityTier } from './model/quality-tier';
export type { QualityTier } from './model/quality-tier';
export type {
  AccessPolicy,
  Approval,
  Classification,
  CleanupPolicy,
  Comparison,
  DataContract,
  DataProductDescriptor,
  FieldSchema,
  FreshnessObjective,
  IcebergSettings,
  InputPort,
  JsonValue,
  KafkaSettings,
  MetricArguments,
  MetricQualityRule,
  OnRetire,
  OutputPort,
  OutputPortType,
  PartitionField,
  ProductMetadata,
  ProductSpec,
  QualityDimension,
  QualityMetric,
  QualityRule,
  QualityRuleCommon,
  Scalar,
  ServiceLevels,
  Severity,
  SqlQualityRule,
  TableSchema,
  Visibility,
} from './model/descriptor';
export type { Checked, ProblemDetail } from './model/problem';
export { parseProductAddress, productAddress } from './model/address';
export type { ProductAddress } from './model/address';
export { classificationRank, effectiveClassification } from './model/classification';
export { durationMs } from './model/duration';
export { formatFieldType, icebergPrimitive, parseFieldType, PRIMITIVE_TYPES } from './model/field-type';
export type { FieldType, ParsedFieldType, PrimitiveTypeName, StructField } from './model/field-type';
export { default as descriptorJsonSchema } from '../schema/descriptor.schema.json';

// Parsing and validation
export { parseDescriptor } from './validation/parse-descriptor';
export type { ContentType } from './validation/read-document';
export { validateContract, validateDescriptor } from './validation/validate';
export type { ContractValidation, DescriptorValidation } from './validation/validate';

// Compatibility between versions
export { compareContracts } from './compatibility/compare-descriptors';
export type { ChangeLevel, ContractChange } from './compatibility/change';
export { checkVersionBump, requiredBump } from './compatibility/version-bump';
export type { VersionBump } from './compatibility/version-bump';

// Interchange: ODCS v3.1 contracts and DPS 0.0.1 descriptors
export { odcsContractId, toOdcs } from './odcs/to-odcs';
export type { OdcsExportOptions } from './odcs/to-odcs';
export { fromOdcs } from './odcs/from-odcs';
export type { OdcsImport } from './odcs/from-odcs';
export type { OdcsDocument } from './odcs/odcs-types';
export { dpsProductId, toDps } from './dps/to-dps';
export { fromDps } from './dps/from-dps';
export type { DpsImport } from './dps/from-dps';
export type { DpsDocument } from './dps/dps-types';
export type { Imported } from './support/import-report';
