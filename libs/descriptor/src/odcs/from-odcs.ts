import type { DataContract } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import type { ProblemDetail } from '../model/problem';
import { ImportReport, type Imported } from '../support/import-report';
import { validateContract } from '../validation/validate';
import { importedType } from './odcs-field-types';
import { importedRule } from './odcs-quality';
import { importedSla } from './odcs-sla';
import { PII_PROPERTY } from './odcs-types';
import { definedOnly, isObject, objectsOf, type JsonObject } from '../support/read-json';

/** Warnings name what the ODCS document says that a contract does not carry (servers, roles, relationships, ...). */
export type OdcsImport = Imported<'contract', DataContract>;

// Top-level keys the contract carries, and those that describe the product rather than its
// contract: the descriptor's metadata holds the latter, so leaving them out loses nothing.
const DOCUMENT_KEYS = new Set([
  'schema',
  'slaProperties',
  'customProperties',
  'apiVersion',
  'kind',
  'id',
  'name',
  'version',
  'status',
  'domain',
  'dataProduct',
  'description',
  'tags',
  'team',
]);
const TABLE_KEYS = new Set(['name', 'description', 'properties', 'quality', 'logicalType', 'physicalType']);
const FIELD_KEYS = new Set([
  'name',
  'description',
  'logicalType',
  'logicalTypeOptions',
  'physicalType',
  'items',
  'properties',
  'required',
  'primaryKey',
  'primaryKeyPosition',
  'unique',
  'classification',
  'examples',
  'customProperties',
  'quality',
]);

/** The contract part of a descriptor from an ODCS v3 document (parsed YAML or JSON). */
export function fromOdcs(document: unknown): OdcsImport {
  const refused = refusal(document);
  if (refused) return { ok: false, problems: refused, warnings: [] };
  const importer = new ContractImporter();
  return importer.conclude<'contract', DataContract>(validateContract(importer.contract(document as JsonObject)));
}

function refusal(document: unknown): ProblemDetail[] | undefined {
  if (!isObject(document)) return [{ pointer: '', message: 'must be an ODCS document (an object)' }];
  const problems: ProblemDetail[] = [];
  if (document.kind !== 'DataContract') problems.push({ pointer: '/kind', message: 'must be DataContract' });
  if (typeof document.apiVersion !== 'string' || !document.apiVersion.startsWith('v3.')) {
    problems.push({ pointer: '/apiVersion', message: 'must be an ODCS v3 version such as v3.1.0' });
  }
  if (!Array.isArray(document.schema) || document.schema.length === 0) {
    problems.push({
      pointer: '/schema',
      message: 'must list at least one object: a contract without a schema has nothing to import',
    });
  }
  return problems.length > 0 ? problems : undefined;
}

/** Builds an unchecked contract from ODCS, remembering where each part came from. */
class ContractImporter extends ImportReport {
  private readonly rules: JsonObject[] = [];
  private readonly ruleIds = new Set<string>();

  contract(odcs: JsonObject): JsonObject {
    this.notCarried(odcs, DOCUMENT_KEYS, '');
    const schema = objectsOf(odcs.schema).map((table, index) => this.table(table, index));
    const sla = importedSla(odcs);
    this.problems.push(...sla.problems);
    this.warnings.push(...sla.warnings);
    this.recordAll(sla.origins);
    return definedOnly({ schema, quality: this.rules.length > 0 ? this.rules : undefined, sla: sla.sla });
  }

  private table(raw: JsonObject, index: number): JsonObject {
    const at = childPointer('/schema', index);
    this.recordAll([
      [at, at],
      [childPointer(at, 'fields'), childPointer(at, 'properties')],
    ]);
    this.notCarried(raw, TABLE_KEYS, at);
    const place = { table: String(raw.name) };
    objectsOf(raw.quality).forEach((rule, ruleIndex) => this.rule(rule, place, childPointer(at, 'quality', ruleIndex)));
    const fields = objectsOf(raw.properties).map((property, fieldIndex) =>
      this.field(
        property,
        place.table,
        childPointer(at, 'properties', fieldIndex),
        childPointer(at, 'fields', fieldIndex),
      ),
    );
    return definedOnly({ name: raw.name, description: raw.description, fields });
  }

  private field(raw: JsonObject, table: string, at: string, modelAt: string): JsonObject {
    this.trace.record(modelAt, at);
    this.notCarried(raw, FIELD_KEYS, at);
    const type = importedType(raw);
    this.trace.record(childPointer(modelAt, 'type'), childPointer(at, type.ok ? type.from : 'logicalType'));
    if (!type.ok) this.problems.push({ pointer: childPointer(at, 'logicalType'), message: type.message });
    const required = this.required(raw, at);
    objectsOf(raw.quality).forEach((rule, ruleIndex) =>
      this.rule(rule, { table, field: String(raw.name) }, childPointer(at, 'quality', ruleIndex)),
    );
    return definedOnly({
      name: raw.name,
      type: type.ok ? type.type : undefined,
      description: raw.description,
      required,
      primaryKey: raw.primaryKey,
      unique: raw.unique,
      classification: raw.classification,
      pii: this.pii(raw, at, modelAt),
      examples: raw.examples,
    });
  }

  // Primary keys are Iceberg identifier fields, which are never null.
  private required(raw: JsonObject, at: string): unknown {
    if (raw.primaryKey !== true || raw.required === true) return raw.required;
    this.warnings.push({
      pointer: childPointer(at, 'required'),
      message: 'a primary-key field is never null: imported as required',
    });
    return true;
  }

  private pii(raw: JsonObject, at: string, modelAt: string): unknown {
    let pii: unknown;
    objectsOf(raw.customProperties).forEach((custom, index) => {
      const customAt = childPointer(at, 'customProperties', index);
      if (custom.property === PII_PROPERTY) {
        pii = custom.value;
        this.trace.record(childPointer(modelAt, 'pii'), childPointer(customAt, 'value'));
      } else {
        this.warnings.push({
          pointer: customAt,
          message: `custom property ${String(custom.property)} not carried into the descriptor`,
        });
      }
    });
    return pii;
  }

  private rule(raw: JsonObject, place: { table: string; field?: string }, at: string): void {
    const imported = importedRule(raw, place, at, this.ruleIds);
    this.warnings.push(...imported.warnings);
    if (!imported.rule) return;
    this.trace.record(childPointer('/quality', this.rules.length), at);
    this.rules.push(imported.rule);
  }
}
