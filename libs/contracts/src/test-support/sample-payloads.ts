import type { EventType, PayloadOf, ProductRef, ProductVersionRef } from '../generated/types';

const product: ProductVersionRef = { domain: 'sales', name: 'orders', version: '1.2.0' };
const productRef: ProductRef = { domain: 'sales', name: 'orders' };
const grant = { grantId: 'g-1', principal: 'team:finance', product: productRef, port: 'orders_table' };

/**
 * One realistic payload per event type, filling optional fields so that every field goes through the codec.
 * Typed as a mapped type: adding an event type to contracts/ fails the type check until it has a sample here.
 */
export const SAMPLE_PAYLOADS: { [T in EventType]: PayloadOf<T> } = {
  'domain.created': { domain: 'sales', title: 'Sales', description: 'Orders and invoices', ownerTeam: 'team:sales' },
  'domain.updated': {
    domain: 'sales',
    changedFields: ['title'],
    title: 'Sales & Billing',
    description: null,
    ownerTeam: 'team:sales',
  },
  'product.version.proposed': { product, previousVersion: '1.1.0', descriptor: '{"name":"orders"}' },
  'product.version.approved': { product, decisionId: 'd-1' },
  'product.version.rejected': {
    product,
    decisionId: 'd-2',
    violations: [
      { policyId: 'pii-tagged', policyVersion: 3, message: 'email is not tagged as PII', severity: 'blocking' },
    ],
  },
  'product.provisioning.started': {
    product,
    jobId: 'job-1',
    ports: ['orders_table', 'orders_stream'],
    outputPorts: [{ name: 'orders_table', type: 'iceberg-table', address: 'sales.orders_v1' }],
  },
  'product.version.published': {
    product,
    outputPorts: [
      { name: 'orders_table', type: 'iceberg-table', address: 'sales.orders_v1' },
      { name: 'orders_stream', type: 'kafka-topic', address: 'sales.orders.v1' },
    ],
  },
  'product.version.deprecated': {
    product,
    sunsetAt: Date.UTC(2026, 0, 31),
    replacement: { ...product, version: '2.0.0' },
    reason: 'superseded by v2',
  },
  'product.version.retired': { product, reason: null },
  'governance.policy.changed': {
    policyId: 'pii-tagged',
    policyVersion: 4,
    change: 'updated',
    domain: null,
    severity: 'blocking',
  },
  'governance.decision.made': {
    decisionId: 'd-3',
    product,
    outcome: 'approved',
    trigger: 'policy_change',
    evaluations: [
      { policyId: 'pii-tagged', policyVersion: 4, outcome: 'pass', message: null, severity: 'blocking' },
      { policyId: 'has-owner', policyVersion: 1, outcome: 'error', message: 'no such attribute', severity: 'warning' },
    ],
  },
  'governance.access.decided': {
    decisionId: 'd-4',
    requestId: 'r-1',
    product: productRef,
    principal: 'analyst',
    outcome: 'rejected',
    evaluations: [
      {
        policyId: 'purpose-stated',
        policyVersion: 1,
        outcome: 'fail',
        message: 'state a purpose',
        severity: 'blocking',
      },
    ],
  },
  'provisioning.port.provisioned': {
    jobId: 'job-1',
    product,
    port: { name: 'orders_table', type: 'iceberg-table', address: 'sales.orders_v1' },
  },
  'provisioning.failed': {
    jobId: 'job-1',
    product,
    port: 'orders_stream',
    reason: 'topic quota exceeded',
    attempts: 5,
  },
  'provisioning.grant.applied': { jobId: 'job-2', grant },
  'provisioning.grant.revoked': { jobId: 'job-3', grant: { ...grant, port: null }, reason: 'access revoked' },
  'data.published': {
    product,
    port: 'orders_table',
    // Above 2^53: Iceberg snapshot ids only survive as strings.
    snapshotId: '9007199254740993',
    rowsAdded: 1_200,
    rowsTotal: 3_400_000_000,
    committedAt: Date.UTC(2025, 5, 1, 12, 30),
    source: 'openlineage',
    runId: '0190a7f2-8c3e-7b1a-9f00-1c2d3e4f5a6b',
    table: 'sales.orders',
    metadataLocation: 's3://warehouse/sales/orders/metadata/00003-6f1c.metadata.json',
    operation: 'append',
    filesAdded: 4,
    filesTotal: 1_024,
  },
  'quality.check.completed': {
    runId: 'run-1',
    product,
    port: 'orders_table',
    snapshotId: '42',
    results: [
      { ruleId: 'row-count', observed: 3_400_000_000, threshold: 1, outcome: 'pass', message: null },
      { ruleId: 'email-null-ratio', observed: 0.25, threshold: 0.1, outcome: 'fail', message: '25% nulls' },
      { ruleId: 'valid-json', observed: null, threshold: null, outcome: 'error', message: 'query failed' },
    ],
    score: 1 / 3,
  },
  'quality.alert.raised': {
    alertId: 'a-1',
    product,
    kind: 'freshness',
    severity: 'critical',
    ruleId: null,
    message: 'no data for 7 hours',
  },
  'quality.alert.acknowledged': { alertId: 'a-1', product, note: 'pipeline restarted' },
  'quality.alert.resolved': { alertId: 'a-1', product, resolution: null },
  'quality.sla.breached': {
    product,
    sla: 'availability',
    objective: 0.999,
    observed: 0.97,
    breachedSince: Date.UTC(2025, 5, 1),
  },
  'quality.sla.restored': { product, sla: 'freshness', observed: 600_000, breachDurationMs: 5_400_000 },
  'access.requested': {
    requestId: 'r-1',
    product: productRef,
    principal: 'team:finance',
    port: null,
    purpose: 'monthly revenue report',
  },
  'access.granted': { requestId: 'r-1', grant, expiresAt: Date.UTC(2026, 0, 1) },
  'access.denied': { requestId: 'r-2', product: productRef, principal: 'team:ads', reason: 'contains PII' },
  'access.revoked': { grant, reason: null },
  'lineage.edges.changed': {
    added: [{ upstream: 'urn:mesh:product:sales:orders', downstream: 'urn:mesh:product:finance:revenue' }],
    removed: [{ upstream: 'urn:mesh:dataset:legacy:orders_raw', downstream: 'urn:mesh:product:sales:orders' }],
  },
  'lineage.impact.detected': {
    changed: product,
    change: 'column amount changed type from double to decimal',
    affected: [
      { product: { domain: 'finance', name: 'revenue' }, ownerTeam: 'team:finance', depth: 1 },
      { product: { domain: 'exec', name: 'kpis' }, ownerTeam: 'team:exec', depth: 2 },
    ],
  },
  'deadletter.recorded': {
    originalTopic: 'mesh.quality.v1',
    partition: 2,
    offset: '18446744073709',
    consumerGroup: 'search',
    key: Buffer.from('urn:mesh:product:sales:orders'),
    value: Buffer.from([0, 0, 0, 0, 7, 0xff, 0x00, 0x80]),
    error: 'handler threw: index missing',
    attempts: 3,
  },
  'audit.write.recorded': {
    service: 'governance',
    method: 'PUT',
    route: '/v1/policies/:id',
    path: '/v1/policies/pii-needs-classification',
    status: 200,
    requestId: '6f1c2a9e-5b7d-4c3e-8a1f-0d2b3c4e5f60',
    domains: [],
  },
};
