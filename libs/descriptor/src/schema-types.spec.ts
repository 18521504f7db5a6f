import descriptorSchema from '../schema/descriptor.schema.json';
import type {
  AccessPolicy,
  DataContract,
  DataProductDescriptor,
  FieldSchema,
  FreshnessObjective,
  IcebergSettings,
  InputPort,
  KafkaSettings,
  MetricArguments,
  MetricQualityRule,
  OutputPort,
  PartitionField,
  ProductMetadata,
  ProductSpec,
  ServiceLevels,
  SqlQualityRule,
  TableSchema,
} from './model/descriptor';

// The TypeScript model is written by hand; this test keeps it in step with the JSON schema,
// the source of truth. The compiler makes each list below name exactly the type's keys and
// whether each is optional; the test makes the schema agree.

type Presence = 'required' | 'optional';
type KeyPresence<T> = { [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K> ? 'optional' : 'required' };

const presence = <T>(keys: KeyPresence<T>): Record<string, Presence> => keys;

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  required?: string[];
  allOf?: { $ref: string }[];
}

const definitions = descriptorSchema.$defs as unknown as Record<string, SchemaNode>;

/** Each property of a schema object (with those it inherits through allOf) and whether it is required. */
function schemaPresence(node: SchemaNode): Record<string, Presence> {
  const inherited = (node.allOf ?? []).map((part) => schemaPresence(definitions[part.$ref.replace('#/$defs/', '')]));
  const own = Object.fromEntries(
    Object.keys(node.properties ?? {}).map((key): [string, Presence] => [
      key,
      node.required?.includes(key) ? 'required' : 'optional',
    ]),
  );
  return Object.assign({}, ...inherited, own);
}

const operators = {
  mustBe: 'optional',
  mustNotBe: 'optional',
  mustBeGreaterThan: 'optional',
  mustBeGreaterOrEqualTo: 'optional',
  mustBeLessThan: 'optional',
  mustBeLessOrEqualTo: 'optional',
  mustBeBetween: 'optional',
} as const;
const ruleCommon = {
  id: 'required',
  table: 'required',
  field: 'optional',
  severity: 'required',
  dimension: 'optional',
  description: 'optional',
  ...operators,
} as const;

const cases: [string, SchemaNode, Record<string, Presence>][] = [
  [
    'Descriptor',
    definitions.Descriptor,
    presence<DataProductDescriptor>({
      apiVersion: 'required',
      kind: 'required',
      metadata: 'required',
      spec: 'required',
    }),
  ],
  [
    'Metadata',
    definitions.Metadata,
    presence<ProductMetadata>({
      name: 'required',
      domain: 'required',
      owner: 'optional',
      title: 'required',
      description: 'required',
      tags: 'optional',
      classification: 'required',
      version: 'required',
    }),
  ],
  [
    'Spec',
    definitions.Spec,
    presence<ProductSpec>({
      inputPorts: 'optional',
      outputPorts: 'required',
      contract: 'required',
      access: 'required',
    }),
  ],
  [
    'InputPort',
    definitions.InputPort,
    presence<InputPort>({ name: 'required', address: 'required', description: 'optional' }),
  ],
  [
    'OutputPort',
    definitions.OutputPort,
    presence<OutputPort>({
      name: 'required',
      type: 'required',
      table: 'optional',
      description: 'required',
      iceberg: 'optional',
      kafka: 'optional',
    }),
  ],
  ['IcebergSettings', definitions.IcebergSettings, presence<IcebergSettings>({ partitionSpec: 'required' })],
  [
    'PartitionField',
    definitions.PartitionField,
    presence<PartitionField>({ field: 'required', transform: 'required' }),
  ],
  [
    'KafkaSettings',
    definitions.KafkaSettings,
    presence<KafkaSettings>({ partitions: 'optional', retentionMs: 'optional', cleanupPolicy: 'optional' }),
  ],
  [
    'Contract',
    definitions.Contract,
    presence<DataContract>({ schema: 'required', quality: 'optional', sla: 'optional' }),
  ],
  [
    'Table',
    definitions.Table,
    presence<TableSchema>({ name: 'required', description: 'required', fields: 'required' }),
  ],
  [
    'Field',
    definitions.Field,
    presence<FieldSchema>({
      name: 'required',
      type: 'required',
      description: 'required',
      required: 'optional',
      primaryKey: 'optional',
      unique: 'optional',
      classification: 'optional',
      pii: 'optional',
      examples: 'optional',
    }),
  ],
  [
    'MetricQualityRule',
    definitions.MetricQualityRule,
    presence<MetricQualityRule>({ ...ruleCommon, metric: 'required', arguments: 'optional' }),
  ],
  [
    'SqlQualityRule',
    definitions.SqlQualityRule,
    presence<SqlQualityRule>({ ...ruleCommon, type: 'required', query: 'required' }),
  ],
  [
    'MetricArguments',
    definitions.MetricArguments,
    presence<MetricArguments>({ validValues: 'optional', pattern: 'optional', missingValues: 'optional' }),
  ],
  [
    'ServiceLevels',
    definitions.ServiceLevels,
    presence<ServiceLevels>({ freshness: 'optional', availability: 'optional' }),
  ],
  ['Freshness', definitions.Freshness, presence<FreshnessObjective>({ maxDelay: 'required', port: 'optional' })],
  [
    'Access',
    definitions.Access,
    presence<AccessPolicy>({ visibility: 'required', approval: 'required', retention: 'optional' }),
  ],
  [
    'Access.retention',
    definitions.Access.properties?.retention ?? {},
    presence<NonNullable<AccessPolicy['retention']>>({ onRetire: 'required' }),
  ],
];

describe('the TypeScript model', () => {
  it.each(cases)('matches the schema definition %s', (_name, node, expected) => {
    expect(schemaPresence(node)).toEqual(expected);
  });

  it('has a type for every object definition of the schema', () => {
    const objects = Object.keys(definitions).filter((name) => definitions[name].properties);

    // The common rule fields have no type of their own: both rule types extend them.
    expect(objects.filter((name) => !cases.some(([covered]) => covered === name))).toEqual(['QualityRuleCommon']);
  });
});
