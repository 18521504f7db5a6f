import { COMPARISON_KEYS, comparisonOf } from '../model/comparison';
import { isSqlRule, type QualityRule, type Severity } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import type { ProblemDetail } from '../model/problem';
import type { OdcsQualityRule } from './odcs-types';
import { notCarriedWarnings } from '../support/import-report';
import { definedOnly, stringOf, type JsonObject } from '../support/read-json';

// Quality rules in ODCS sit inside the object (table) or property (field) they check, so the
// descriptor's table and field become the rule's place in the document.

const ODCS_SEVERITY: Record<Severity, string> = { blocking: 'error', warning: 'warning' };
const CARRIED_KEYS = new Set([
  'id',
  'type',
  'metric',
  'rule',
  'arguments',
  'query',
  'severity',
  'dimension',
  'description',
  ...COMPARISON_KEYS,
]);

export function odcsRule(rule: QualityRule): OdcsQualityRule {
  return definedOnly({
    id: rule.id,
    type: isSqlRule(rule) ? 'sql' : 'library',
    metric: isSqlRule(rule) ? undefined : rule.metric,
    arguments: isSqlRule(rule) ? undefined : rule.arguments,
    query: isSqlRule(rule) ? rule.query : undefined,
    ...comparisonOf(rule),
    severity: ODCS_SEVERITY[rule.severity],
    dimension: rule.dimension,
    description: rule.description,
  });
}

export interface RulePlace {
  table: string;
  field?: string;
}

export interface ImportedRule {
  /** Absent when the rule cannot be carried; a warning says why. */
  rule?: JsonObject;
  warnings: ProblemDetail[];
}

/** A descriptor rule (unchecked: the contract validation checks it) from an ODCS rule at `at`. */
export function importedRule(raw: JsonObject, place: RulePlace, at: string, takenIds: Set<string>): ImportedRule {
  const type = stringOf(raw.type) ?? (raw.metric !== undefined || raw.rule !== undefined ? 'library' : undefined);
  if (type !== 'library' && type !== 'sql') {
    return {
      warnings: [
        {
          pointer: at,
          message: `${type ?? 'untyped'} quality rule not carried: the platform runs library metrics and SQL rules`,
        },
      ],
    };
  }
  const warnings = notCarriedWarnings(raw, CARRIED_KEYS, at);
  const severity = importedSeverity(raw.severity);
  if (severity.note) warnings.push({ pointer: childPointer(at, 'severity'), message: severity.note });
  const rule = definedOnly({
    id: uniqueRuleId(raw, place, type, takenIds),
    table: place.table,
    field: place.field,
    ...(type === 'sql' ? { type, query: raw.query } : { metric: raw.metric ?? raw.rule, arguments: raw.arguments }),
    ...comparisonOf(raw),
    severity: severity.value,
    dimension: raw.dimension,
    description: raw.description,
  });
  return { rule, warnings };
}

// ODCS severities are free text; only "error" is taken to stop publication.
function importedSeverity(severity: unknown): { value: Severity; note?: string } {
  if (severity === 'error') return { value: 'blocking' };
  if (severity === 'warning' || severity === 'info') return { value: 'warning' };
  return {
    value: 'warning',
    note: `severity ${severity === undefined ? 'missing' : `'${String(severity)}'`}: imported as warning`,
  };
}

/** The rule's own id when it has one, else one made from where it sits and what it measures; never a taken one. */
function uniqueRuleId(raw: JsonObject, place: RulePlace, type: string, takenIds: Set<string>): string {
  const measured = type === 'sql' ? 'sql' : String(raw.metric ?? raw.rule);
  const base = slug(
    stringOf(raw.id) ?? stringOf(raw.name) ?? [place.table, place.field, measured].filter(Boolean).join('-'),
  );
  let id = base;
  for (let suffix = 2; takenIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  takenIds.add(id);
  return id;
}

function slug(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/([_-])[_-]+/g, '$1')
    .replace(/^[_-]+|[_-]+$/g, '');
}
