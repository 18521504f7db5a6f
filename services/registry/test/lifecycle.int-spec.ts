import { approvalOf, eventually, publishVersion, type VersionRef } from '@mesh/testing';
import { createActor, type Actor, type ErrorReply } from './support/registry-api';
import {
  apply,
  createExampleDomains,
  example,
  startMesh,
  versionOf,
  withVersion,
  type MeshUnderTest,
} from './support/mesh-under-test';

interface Resolution {
  address: string;
  version: string;
  state: string;
  deprecation: { sunsetAt: string; replacement: string | null; reason: string | null } | null;
  outputPorts: {
    name: string;
    type: string;
    address: string;
    iceberg: { catalogUri: string; namespace: string; table: string; identifier: string } | null;
    kafka: { topic: string } | null;
  }[];
}

const ORDERS = 'urn:mesh:product:sales:orders';
const orders = (version: string): VersionRef => ({ domain: 'sales', name: 'orders', version });

/** sales/orders 2.0.0: the example without the last field of its first table, a breaking change. */
function ordersV2() {
  const next = withVersion(example('sales-orders'), '2.0.0');
  next.spec.contract.schema[0].fields.pop();
  return next;
}

describe('the lifecycle of product versions', () => {
  let mesh: MeshUnderTest;
  let salesOwner: Actor;
  let logisticsOwner: Actor;

  beforeAll(async () => {
    // Retirement rounds every half second, so that a sunset two seconds ahead is seen to pass.
    mesh = await startMesh('lifecycle', { RETIREMENT_INTERVAL_MS: '500' });
    await createExampleDomains(mesh.admin, ['sales', 'logistics']);
    salesOwner = await createActor(mesh.admin, [{ role: 'domain-owner', domain: 'sales' }]);
    logisticsOwner = await createActor(mesh.admin, [{ role: 'domain-owner', domain: 'logistics' }]);
  });

  afterAll(async () => {
    await mesh?.close();
  });

  const resolve = (address: string) =>
    salesOwner.api.get<Resolution & ErrorReply>(`/v1/resolve?address=${encodeURIComponent(address)}`);
  const lifecycleOf = (subject: string, version: string) =>
    mesh
      .published()
      .filter((event) => event.subject === subject && 'product' in event.payload)
      .filter((event) => (event.payload as { product: { version?: string } }).product.version === version)
      .map((event) => event.type);

  it('runs a version from proposed to published on governance and provisioning events, announcing each step in order', async () => {
    expect((await apply(salesOwner.api, example('sales-orders'))).status).toBe(201);
    const proposed = await mesh.awaitEvent('product.version.proposed', (event) => event.subject === ORDERS);
    expect(proposed.payload).toMatchObject({ product: orders('1.4.0'), previousVersion: null });
    expect(proposed.actor).toBe(salesOwner.id);

    const unpublished = await resolve('mesh://sales/orders/v1');
    expect(unpublished.status).toBe(404);
    expect(unpublished.body.error.message).toBe(
      'mesh://sales/orders/v1 does not resolve: no version 1.x is published (1.4.0 (proposed))',
    );

    const decision = await mesh.publish('governance.decision.made', ORDERS, approvalOf(orders('1.4.0')));
    const started = await mesh.awaitEvent('product.provisioning.started', (event) => event.subject === ORDERS);
    expect(started.payload.ports).toEqual(['orders', 'order_lines', 'order-status-events']);
    // The decision caused both the approval and the start of provisioning, in its flow.
    expect(started).toMatchObject({ correlationId: decision.eventId, causationId: decision.eventId });
    const provisioning = await versionOf(mesh.admin, orders('1.4.0'));
    expect(provisioning).toMatchObject({ state: 'provisioning', decisionId: decision.payload.decisionId });
    expect(provisioning.provisioning?.ports).toEqual([
      { name: 'orders', type: 'iceberg-table', address: 'sales.orders', provisioned: false },
      { name: 'order_lines', type: 'iceberg-table', address: 'sales.order_lines', provisioned: false },
      {
        name: 'order-status-events',
        type: 'kafka-topic',
        address: 'sales.orders.v1.order-status-events',
        provisioned: false,
      },
    ]);

    // Provisioning reports each port; a repeated report (a retried job) counts once.
    const { jobId } = started.payload;
    const report = (index: number) => {
      const { name, type, address } = provisioning.provisioning!.ports[index];
      return mesh.publish('provisioning.port.provisioned', ORDERS, {
        jobId,
        product: orders('1.4.0'),
        port: { name, type, address },
      });
    };
    await report(0);
    await report(1);
    await report(0);
    await eventually(
      async () =>
        (await versionOf(mesh.admin, orders('1.4.0'))).provisioning?.ports.filter((port) => port.provisioned).length ===
        2,
      () => 'two ports were not marked provisioned',
    );
    expect((await versionOf(mesh.admin, orders('1.4.0'))).state).toBe('provisioning');
    await report(2);

    const published = await mesh.awaitEvent('product.version.published', (event) => event.subject === ORDERS);
    expect(published.payload.outputPorts).toEqual([
      { name: 'orders', type: 'iceberg-table', address: 'sales.orders' },
      { name: 'order_lines', type: 'iceberg-table', address: 'sales.order_lines' },
      { name: 'order-status-events', type: 'kafka-topic', address: 'sales.orders.v1.order-status-events' },
    ]);
    expect(lifecycleOf(ORDERS, '1.4.0')).toEqual([
      'product.version.proposed',
      'product.version.approved',
      'product.provisioning.started',
      'product.version.published',
    ]);
    const audit = await mesh.registry.sql<{ action: string }>(
      'SELECT action FROM audit_log WHERE subject = $1 ORDER BY id',
      [ORDERS],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'product.version.proposed',
      'product.version.approved',
      'product.provisioning.started',
      'product.version.port-provisioned',
      'product.version.port-provisioned',
      'product.version.published',
    ]);

    const resolved = await resolve('mesh://sales/orders/v1');
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ address: 'mesh://sales/orders/v1', version: '1.4.0', state: 'published' });
    expect(resolved.body.outputPorts).toEqual([
      expect.objectContaining({
        name: 'orders',
        iceberg: {
          catalogUri: 'http://127.0.0.1:8181',
          namespace: 'sales',
          table: 'orders',
          identifier: 'sales.orders',
        },
        kafka: null,
      }),
      expect.objectContaining({ name: 'order_lines', iceberg: expect.objectContaining({ table: 'order_lines' }) }),
      expect.objectContaining({
        name: 'order-status-events',
        iceberg: null,
        kafka: { topic: 'sales.orders.v1.order-status-events' },
      }),
    ]);
  });

  it('publishes a new major beside the old one, and both resolve', async () => {
    expect((await apply(salesOwner.api, ordersV2())).status).toBe(201);
    const proposed = await mesh.awaitEvent(
      'product.version.proposed',
      (event) => event.payload.product.version === '2.0.0',
    );
    expect(proposed.payload.previousVersion).toBe('1.4.0');
    await publishVersion(mesh, orders('2.0.0'));

    const v1 = await resolve('mesh://sales/orders/v1');
    expect(v1.body).toMatchObject({ version: '1.4.0', state: 'published' });
    const v2 = await resolve('mesh://sales/orders/v2');
    expect(v2.body).toMatchObject({ version: '2.0.0', state: 'published' });
    expect(v2.body.outputPorts.map((port) => port.address)).toEqual([
      'sales.orders_v2',
      'sales.order_lines_v2',
      'sales.orders.v2.order-status-events',
    ]);
    expect((await resolve('mesh://sales/orders/v3')).body.error.message).toBe(
      'mesh://sales/orders/v3 does not resolve: sales/orders has no version 3.x',
    );
  });

  it('rejects a version with the violations governance found, and ignores a later decision on it', async () => {
    const next = withVersion(ordersV2(), '2.1.0');
    next.spec.contract.schema[0].fields.push({ name: 'gift_note', type: 'string', description: 'Card text.' });
    expect((await apply(salesOwner.api, next)).status).toBe(201);
    const decision = {
      decisionId: 'decision-2.1.0',
      product: orders('2.1.0'),
      outcome: 'rejected' as const,
      trigger: 'proposal' as const,
      evaluations: [
        {
          policyId: 'pii-restricted',
          policyVersion: 3,
          outcome: 'fail' as const,
          message: 'PII',
          severity: 'blocking' as const,
        },
        {
          policyId: 'has-owner',
          policyVersion: 1,
          outcome: 'pass' as const,
          message: null,
          severity: 'blocking' as const,
        },
      ],
    };
    await mesh.publish('governance.decision.made', ORDERS, decision);
    const rejected = await mesh.awaitEvent(
      'product.version.rejected',
      (event) => event.payload.product.version === '2.1.0',
    );
    const violations = [{ policyId: 'pii-restricted', policyVersion: 3, message: 'PII', severity: 'blocking' }];
    expect(rejected.payload).toEqual({ product: orders('2.1.0'), decisionId: 'decision-2.1.0', violations });
    expect(await versionOf(mesh.admin, orders('2.1.0'))).toMatchObject({ state: 'rejected', violations });

    // A late approval of the rejected version is consumed and changes nothing.
    const late = await mesh.publish('governance.decision.made', ORDERS, approvalOf(orders('2.1.0')));
    await eventually(
      async () =>
        (await mesh.registry.sql('SELECT 1 FROM processed_events WHERE event_id = $1', [late.eventId])).length > 0,
      () => 'the late approval was not consumed',
    );
    expect((await versionOf(mesh.admin, orders('2.1.0'))).state).toBe('rejected');
    const fixed = withVersion(next, '2.1.1');
    fixed.spec.contract.schema[0].fields.pop();
    const reply = await apply<{ baseline: string }>(salesOwner.api, fixed);
    expect(reply.body.baseline).toBe('2.0.0');
    await mesh.awaitEvent('product.version.proposed', (event) => event.payload.product.version === '2.1.1');
  });

  it('records a provisioning failure on the version, and publishes it once a retry provisions its ports', async () => {
    const customers = example('sales-customers');
    const subject = 'urn:mesh:product:sales:customers';
    const ref = { domain: 'sales', name: 'customers', version: '2.1.0' };
    expect((await apply(salesOwner.api, customers)).status).toBe(201);
    await mesh.publish('governance.decision.made', subject, approvalOf(ref));
    const started = await mesh.awaitEvent('product.provisioning.started', (event) => event.subject === subject);

    await mesh.publish('provisioning.failed', subject, {
      jobId: started.payload.jobId,
      product: ref,
      port: 'customers',
      reason: 'catalog unreachable',
      attempts: 5,
    });
    await eventually(
      async () => JSON.stringify(await versionOf(mesh.admin, ref)).includes('catalog unreachable'),
      () => 'the failure was not recorded',
    );
    const failed = await versionOf(mesh.admin, ref);
    expect(failed).toMatchObject({
      state: 'provisioning',
      provisioning: { failure: { port: 'customers', reason: 'catalog unreachable', attempts: 5 } },
    });

    // Provisioning at an address the registry does not give the port is refused, with the reason.
    await mesh.publish('provisioning.port.provisioned', subject, {
      jobId: started.payload.jobId,
      product: ref,
      port: { name: 'customers', type: 'iceberg-table', address: 'sales.customers_copy' },
    });
    await eventually(
      async () => JSON.stringify(await versionOf(mesh.admin, ref)).includes('sales.customers_copy'),
      () => 'the wrong address was not recorded',
    );
    expect((await versionOf(mesh.admin, ref)).provisioning).toMatchObject({
      failure: {
        reason: "port 'customers' was provisioned at 'sales.customers_copy', but its address is 'sales.customers_v2'",
      },
    });

    await publishVersion(mesh, ref);
    expect(await versionOf(mesh.admin, ref)).toMatchObject({ state: 'published', provisioning: { failure: null } });
  });

  it('lets only the owners deprecate a published version, which resolves until its sunset and then retires', async () => {
    const deprecate = (actor: Actor, version: string, body: unknown) =>
      actor.api.post<ErrorReply & { state: string }>(`/v1/products/sales/orders/versions/${version}/deprecate`, body);
    const soon = () => new Date(Date.now() + 2_500).toISOString();

    const foreign = await deprecate(logisticsOwner, '1.4.0', { sunsetAt: soon() });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toBe("missing right: domain-owner or domain-member of domain 'sales'");

    const notPublished = await deprecate(salesOwner, '2.1.1', { sunsetAt: soon() });
    expect(notPublished.status).toBe(409);
    expect(notPublished.body.error.message).toBe(
      'cannot deprecate version 2.1.1: it is proposed, and deprecate applies only to published',
    );

    const past = await deprecate(salesOwner, '1.4.0', { sunsetAt: '2020-01-01', replacement: 'sales/orders' });
    expect(past.status).toBe(400);
    expect(past.body.error.details?.map((detail) => detail.pointer)).toEqual(['/sunsetAt', '/replacement']);

    const nowhere = await deprecate(salesOwner, '1.4.0', { sunsetAt: soon(), replacement: 'mesh://sales/orders/v7' });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.error.details).toEqual([
      { pointer: '/replacement', message: 'mesh://sales/orders/v7 does not resolve: sales/orders has no version 7.x' },
    ]);

    const sunsetAt = soon();
    const deprecated = await deprecate(salesOwner, '1.4.0', {
      sunsetAt,
      replacement: 'mesh://sales/orders/v2',
      reason: 'v2 drops a column',
    });
    expect(deprecated.status).toBe(200);
    expect(deprecated.body).toMatchObject({
      state: 'deprecated',
      deprecation: { sunsetAt, replacement: 'mesh://sales/orders/v2', reason: 'v2 drops a column' },
    });
    const event = await mesh.awaitEvent('product.version.deprecated', () => true);
    expect(event.payload).toEqual({
      product: orders('1.4.0'),
      sunsetAt: Date.parse(sunsetAt),
      replacement: orders('2.0.0'),
      reason: 'v2 drops a column',
    });
    expect((await deprecate(salesOwner, '1.4.0', { sunsetAt: soon() })).status).toBe(409);
    expect((await resolve('mesh://sales/orders/v1')).body).toMatchObject({
      version: '1.4.0',
      state: 'deprecated',
      deprecation: { replacement: 'mesh://sales/orders/v2' },
    });

    const retired = await mesh.awaitEvent('product.version.retired', () => true);
    expect(retired.payload.product).toEqual(orders('1.4.0'));
    expect(retired.actor).toBeNull();
    expect((await versionOf(mesh.admin, orders('1.4.0'))).state).toBe('retired');
    expect(lifecycleOf(ORDERS, '1.4.0').slice(-2)).toEqual(['product.version.deprecated', 'product.version.retired']);
    const gone = await resolve('mesh://sales/orders/v1');
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain('1.4.0 (retired)');
    expect((await resolve('mesh://sales/orders/v2')).status).toBe(200);
  });

  it('refuses a malformed address with its pointer', async () => {
    const reply = await resolve('https://sales/orders');
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual([
      { pointer: '/address', message: expect.stringContaining('mesh://<domain>/<product>/v<major>') },
    ]);
  });
});
