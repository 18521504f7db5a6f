import type {
  DataProductDescriptor,
  FieldSchema,
  ProductMetadata,
  QualityRule,
  TableSchema,
} from '../model/descriptor';
import { portTable } from '../model/descriptor';
import { validatedFieldType } from '../model/field-type';
import { odcsTyped } from './odcs-field-types';
import { odcsRule } from './odcs-quality';
import { odcsSla } from './odcs-sla';
import { PII_PROPERTY, type OdcsDocument, type OdcsProperty, type OdcsSchemaObject } from './odcs-types';
import { definedOnly } from '../support/read-json';

export interface OdcsExportOptions {
  /** ODCS status; the registry knows the lifecycle state, a descriptor alone does not. Default `draft`. */
  status?: string;
}

/** The contract id shared by every version of a product's contract. */
export function odcsContractId(metadata: Pick<ProductMetadata, 'domain' | 'name'>): string {
  return `urn:mesh:contract:${metadata.domain}:${metadata.name}`;
}

/** The product's data contract as an ODCS v3.1.0 document. */
export function toOdcs(descriptor: DataProductDescriptor, options: OdcsExportOptions = {}): OdcsDocument {
  const { metadata, spec } = descriptor;
  const rules = spec.contract.quality ?? [];
  const sla = odcsSla(spec.contract.sla);
  return definedOnly({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: odcsContractId(metadata),
    name: metadata.name,
    version: metadata.version,
    status: options.status ?? 'draft',
    domain: metadata.domain,
    dataProduct: metadata.name,
    description: { purpose: metadata.description },
    tags: metadata.tags,
    team: metadata.owner === undefined ? undefined : { name: metadata.owner },
    schema: spec.contract.schema.map((table) => odcsObject(table, rules, physicalKind(descriptor, table.name))),
    slaProperties: sla.slaProperties.length > 0 ? sla.slaProperties : undefined,
    customProperties: sla.customProperties.length > 0 ? sla.customProperties : undefined,
  });
}

// A table only Kafka ports serve is a topic's record schema.
function physicalKind({ spec }: DataProductDescriptor, table: string): 'table' | 'topic' {
  const serving = spec.outputPorts.filter((port) => portTable(port) === table);
  return serving.length > 0 && serving.every((port) => port.type === 'kafka-topic') ? 'topic' : 'table';
}

function odcsObject(
  table: TableSchema,
  rules: readonly QualityRule[],
  physicalType: 'table' | 'topic',
): OdcsSchemaObject {
  const keyFields = table.fields.filter((field) => field.primaryKey).map((field) => field.name);
  const tableRules = rules.filter((rule) => rule.table === table.name && rule.field === undefined).map(odcsRule);
  return definedOnly({
    name: table.name,
    logicalType: 'object',
    physicalType,
    description: table.description,
    properties: table.fields.map((field) =>
      odcsProperty(
        field,
        keyFields.indexOf(field.name) + 1,
        rules.filter((rule) => rule.table === table.name && rule.field === field.name),
      ),
    ),
    quality: tableRules.length > 0 ? tableRules : undefined,
  });
}

function odcsProperty(field: FieldSchema, keyPosition: number, rules: readonly QualityRule[]): OdcsProperty {
  return definedOnly({
    name: field.name,
    ...odcsTyped(validatedFieldType(field), field.type),
    description: field.description,
    required: field.required,
    primaryKey: field.primaryKey,
    // The key's columns are in field order.
    primaryKeyPosition: field.primaryKey ? keyPosition : undefined,
    unique: field.unique,
    classification: field.classification,
    examples: field.examples,
    customProperties: field.pii === undefined ? undefined : [{ property: PII_PROPERTY, value: field.pii }],
    quality: rules.length > 0 ? rules.map(odcsRule) : undefined,
  });
}
