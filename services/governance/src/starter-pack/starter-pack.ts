import type { PolicySpec } from '../policies/policy.model';

const KEBAB = String.raw`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`;
const SNAKE = String.raw`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`;

const starter = (spec: Omit<PolicySpec, 'domain' | 'severity' | 'target'>): PolicySpec => ({
  ...spec,
  domain: null,
  severity: 'blocking',
  target: 'product-version',
});

/**
 * The global policies every platform starts with, seeded at boot when missing (an existing policy of the same id,
 * perhaps revised by the governance admins, is left as it is). Each is tested in starter-pack.spec.ts against the
 * examples and a failing variant.
 */
export const STARTER_PACK: readonly PolicySpec[] = [
  starter({
    id: 'owner-and-description',
    title: 'Owner and description present',
    description: 'Consumers must know who answers for a product and what it is for.',
    expression:
      'has(product.metadata) && has(product.metadata.owner) && product.metadata.owner != "" && ' +
      'has(product.metadata.description) && product.metadata.description != ""',
    message: 'The product must name its owning team (metadata.owner) and say what it is (metadata.description).',
  }),
  starter({
    id: 'schema-documented',
    title: 'Every schema field documented',
    description: 'A field without a description is a guess for every consumer.',
    expression:
      'product.spec.contract.schema.all(t, has(t.description) && t.description != "" && ' +
      't.fields.all(f, has(f.description) && f.description != ""))',
    message: 'Every table and every field of the contract schema needs a description.',
  }),
  starter({
    id: 'classification-set',
    title: 'Classification set',
    description: 'The classification drives grants and approvals; it must be one of the known levels.',
    expression:
      'has(product.metadata.classification) && ' +
      'product.metadata.classification in ["public", "internal", "confidential", "restricted"]',
    message: 'metadata.classification must be public, internal, confidential or restricted.',
  }),
  starter({
    id: 'pii-restricted',
    title: 'PII is restricted and approved by hand',
    description: 'A product with personal data is visible only to those granted, and every grant is approved.',
    expression:
      '!product.spec.contract.schema.exists(t, t.fields.exists(f, has(f.pii) && f.pii)) || ' +
      '(product.spec.access.visibility == "restricted" && product.spec.access.approval == "manual")',
    message: 'A product with PII fields needs access.visibility restricted and access.approval manual.',
  }),
  starter({
    id: 'naming-conventions',
    title: 'Naming conventions',
    description: 'Product names are kebab-case; tables and fields are snake_case.',
    expression:
      `product.metadata.name.matches("${KEBAB}") && product.spec.contract.schema.all(t, ` +
      `t.name.matches("${SNAKE}") && t.fields.all(f, f.name.matches("${SNAKE}")))`,
    message: 'The product name must be kebab-case, and every table and field name snake_case.',
  }),
  starter({
    id: 'output-port-types',
    title: 'Output ports are Iceberg tables or Kafka topics',
    description: 'The platform serves and secures these two kinds of port only.',
    expression:
      'size(product.spec.outputPorts) > 0 && ' +
      'product.spec.outputPorts.all(p, p.type in ["iceberg-table", "kafka-topic"])',
    message: 'Every output port must be an iceberg-table or a kafka-topic, and there must be at least one.',
  }),
  starter({
    id: 'freshness-sla',
    title: 'Freshness SLA declared',
    description: 'Consumers need to know how late the data may be; quality measures it.',
    expression:
      'has(product.spec.contract.sla) && has(product.spec.contract.sla.freshness) && ' +
      'has(product.spec.contract.sla.freshness.maxDelay)',
    message: 'The contract must declare a freshness SLA (spec.contract.sla.freshness.maxDelay).',
  }),
  starter({
    id: 'primary-keys-checked',
    title: 'Every primary-key field has a quality rule',
    description: 'A broken key silently corrupts every join; each key field is checked by at least one rule.',
    expression:
      'product.spec.contract.schema.all(t, t.fields.all(f, !(has(f.primaryKey) && f.primaryKey) || ' +
      '(has(product.spec.contract.quality) && ' +
      'product.spec.contract.quality.exists(r, r.table == t.name && has(r.field) && r.field == f.name))))',
    message: 'Every primary-key field needs at least one quality rule on that field (spec.contract.quality).',
  }),
  starter({
    id: 'breaking-change-versioned',
    title: 'A breaking change comes with a new major version and a sunset for the old one',
    description:
      'Consumers of the old major keep working until its sunset: deprecate the previous version with a sunset ' +
      'date before proposing the breaking one.',
    expression: '!change.breaking || (change.majorBumped && change.previousSunsetAt != null)',
    message:
      'This version breaks consumers: it needs a new major version, and the previous version must be deprecated ' +
      'with a sunset date.',
  }),
];
