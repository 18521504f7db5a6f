import {
  isSqlRule,
  type DataContract,
  type MetricArguments,
  type QualityDimension,
  type QualityMetric,
  type QualityRule,
  type Severity,
} from '@mesh/descriptor';
import { thresholdOf, type ComparisonFields, type Threshold } from './threshold';

export type Measure =
  { kind: 'metric'; metric: QualityMetric; arguments: MetricArguments } | { kind: 'sql'; query: string };

/** A rule as the checks run it: from the contract's quality list, or implied by its schema. */
export interface CheckRule {
  id: string;
  table: string;
  field: string | null;
  severity: Severity;
  dimension: QualityDimension | null;
  threshold: Threshold;
  measure: Measure;
  /** Implied by the schema (a required field has no nulls) rather than written in the quality list. */
  implicit: boolean;
}

function fromContract(rule: QualityRule): CheckRule {
  return {
    id: rule.id,
    table: rule.table,
    field: rule.field ?? null,
    severity: rule.severity,
    dimension: rule.dimension ?? null,
    threshold: thresholdOf(rule as ComparisonFields),
    measure: isSqlRule(rule)
      ? { kind: 'sql', query: rule.query }
      : { kind: 'metric', metric: rule.metric, arguments: rule.arguments ?? {} },
    implicit: false,
  };
}

/** The id of the rule a required field implies. */
export function requiredRuleId(table: string, field: string): string {
  return `${table}.${field}.required`;
}

/**
 * Every rule of a contract: those it lists, then, for each required field without an explicit nullValues rule,
 * "nullValues must be 0" — the descriptor says not-null with `required: true`, which a blocking completeness
 * rule makes measurable.
 */
export function rulesOf(contract: DataContract): CheckRule[] {
  const listed = (contract.quality ?? []).map(fromContract);
  const explicitNulls = new Set(
    listed
      .filter((rule) => rule.measure.kind === 'metric' && rule.measure.metric === 'nullValues')
      .map((rule) => `${rule.table}\u0000${rule.field}`),
  );
  const implied = contract.schema.flatMap((table) =>
    table.fields
      .filter((field) => field.required === true && !explicitNulls.has(`${table.name}\u0000${field.name}`))
      .map((field): CheckRule => ({
        id: requiredRuleId(table.name, field.name),
        table: table.name,
        field: field.name,
        severity: 'blocking',
        dimension: 'completeness',
        threshold: { operator: 'mustBe', value: 0 },
        measure: { kind: 'metric', metric: 'nullValues', arguments: {} },
        implicit: true,
      })),
  );
  return [...listed, ...implied];
}
