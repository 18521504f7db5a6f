import { durationMs } from '../model/duration';
import type { DataContract, FieldSchema, MetricQualityRule, QualityRule, TableSchema } from '../model/descriptor';
import { isSqlRule } from '../model/descriptor';
import { parseFieldType } from '../model/field-type';
import { childPointer } from '../model/pointer';
import type { ProblemDetail } from '../model/problem';
import { duplicateProblems } from './duplicates';

// What the JSON schema cannot say about a contract: names that must be unique, references
// that must resolve, type strings that must parse, keys that must be sound. Runs on a
// contract that already matches the schema; `base` is where the contract sits in the document.

export function contractProblems(contract: DataContract, base: string): ProblemDetail[] {
  const tables = new Map(contract.schema.map((table) => [table.name, table]));
  return [
    ...duplicateProblems(
      contract.schema,
      (table) => table.name,
      (index) => childPointer(base, 'schema', index, 'name'),
      (name) => `table '${name}'`,
    ),
    ...contract.schema.flatMap((table, index) => tableProblems(table, childPointer(base, 'schema', index))),
    ...duplicateProblems(
      contract.quality ?? [],
      (rule) => rule.id,
      (index) => childPointer(base, 'quality', index, 'id'),
      (id) => `quality rule '${id}'`,
    ),
    ...(contract.quality ?? []).flatMap((rule, index) =>
      qualityRuleProblems(rule, tables, childPointer(base, 'quality', index)),
    ),
    ...freshnessProblems(contract, base),
  ];
}

function tableProblems(table: TableSchema, at: string): ProblemDetail[] {
  const problems = duplicateProblems(
    table.fields,
    (field) => field.name,
    (index) => childPointer(at, 'fields', index, 'name'),
    (name) => `field '${name}'`,
  );
  table.fields.forEach((field, index) => problems.push(...fieldProblems(field, childPointer(at, 'fields', index))));
  if (!table.fields.some((field) => field.primaryKey)) {
    problems.push({
      pointer: childPointer(at, 'fields'),
      message: `table '${table.name}' has no primary key; mark its key fields with primaryKey: true`,
    });
  }
  return problems;
}

function fieldProblems(field: FieldSchema, at: string): ProblemDetail[] {
  const parsed = parseFieldType(field.type);
  if (!parsed.ok) return [{ pointer: childPointer(at, 'type'), message: parsed.message }];
  if (!field.primaryKey) return [];
  // Primary keys become Iceberg identifier fields, which must be required, primitive and not floating point.
  const problems: ProblemDetail[] = [];
  if (!field.required) {
    problems.push({ pointer: childPointer(at, 'required'), message: 'a primary-key field must be required: true' });
  }
  const { type } = parsed;
  if (
    type.kind === 'array' ||
    type.kind === 'struct' ||
    (type.kind === 'primitive' && ['float', 'double'].includes(type.name))
  ) {
    problems.push({
      pointer: childPointer(at, 'type'),
      message: `a primary-key field cannot be of type ${field.type}; use a non-floating-point primitive type`,
    });
  }
  return problems;
}

function qualityRuleProblems(rule: QualityRule, tables: ReadonlyMap<string, TableSchema>, at: string): ProblemDetail[] {
  const table = tables.get(rule.table);
  const problems: ProblemDetail[] = [];
  if (!table) {
    problems.push({ pointer: childPointer(at, 'table'), message: `the contract has no table '${rule.table}'` });
  } else if (rule.field !== undefined && !table.fields.some((field) => field.name === rule.field)) {
    problems.push({
      pointer: childPointer(at, 'field'),
      message: `table '${rule.table}' has no field '${rule.field}'`,
    });
  }
  if (rule.mustBeBetween && rule.mustBeBetween[0] >= rule.mustBeBetween[1]) {
    problems.push({
      pointer: childPointer(at, 'mustBeBetween'),
      message: `must be [smallest, largest] with smallest < largest, got [${rule.mustBeBetween.join(', ')}]`,
    });
  }
  return isSqlRule(rule) ? problems : [...problems, ...metricProblems(rule, at)];
}

function metricProblems(rule: MetricQualityRule, at: string): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  if (rule.metric === 'rowCount' && rule.field !== undefined) {
    problems.push({ pointer: childPointer(at, 'field'), message: 'rowCount counts the rows of a table; remove field' });
  }
  if (
    ['nullValues', 'missingValues', 'invalidValues', 'duplicateValues'].includes(rule.metric) &&
    rule.field === undefined
  ) {
    problems.push({ pointer: childPointer(at, 'field'), message: `metric ${rule.metric} needs the field it measures` });
  }
  const args = rule.arguments ?? {};
  if (rule.metric === 'invalidValues' && !args.validValues && !args.pattern) {
    problems.push({
      pointer: childPointer(at, 'arguments'),
      message: 'metric invalidValues needs arguments.validValues or arguments.pattern to know what is valid',
    });
  }
  const argumentMetric = { validValues: 'invalidValues', pattern: 'invalidValues', missingValues: 'missingValues' };
  for (const [name, metric] of Object.entries(argumentMetric)) {
    if (name in args && rule.metric !== metric) {
      problems.push({ pointer: childPointer(at, 'arguments', name), message: `only applies to metric ${metric}` });
    }
  }
  return problems;
}

function freshnessProblems(contract: DataContract, base: string): ProblemDetail[] {
  const maxDelay = contract.sla?.freshness?.maxDelay;
  return maxDelay !== undefined && durationMs(maxDelay) === 0
    ? [{ pointer: childPointer(base, 'sla', 'freshness', 'maxDelay'), message: 'must be longer than zero' }]
    : [];
}
