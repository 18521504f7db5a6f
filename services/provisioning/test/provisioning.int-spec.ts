import { ADMIN_TOKEN, eventually, pythonTool, stack, type HttpApi } from '@mesh/testing';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ConfigResourceTypes } from 'kafkajs';
import { nextVersion, twoPortProduct, versionRef, type Descriptor } from './support/descriptors';
import {
  apply,
  approve,
  awaitState,
  ensureDomain,
  startProvisioningStack,
  versionOf,
  type ProvisioningStack,
} from './support/provisioning-stack';

interface IcebergField {
  id: number;
  name: string;
  type: unknown;
  required: boolean;
}

interface LoadedTable {
  metadata: {
    'current-schema-id': number;
    schemas: { 'schema-id': number; fields: IcebergField[]; 'identifier-field-ids'?: number[] }[];
    'default-spec-id': number;
    'partition-specs': { 'spec-id': number; fields: { 'source-id': number; transform: string }[] }[];
  };
}

interface FlowReply {
  state: string;
  jobId: string;
  ports: {
    name: string;
    state: string;
    outcome: string | null;
    attempts: number;
    lastError: string | null;
    job: { state: string; attemptsMade: number; progress: number; failedReason: string | null } | null;
  }[];
}

// Each test waits for Kafka hops and jobs of three processes: generous on a loaded two-core machine.
jest.setTimeout(180_000);

describe('provisioning the output ports of approved versions', () => {
  let mesh: ProvisioningStack;

  beforeAll(async () => {
    // Retirement rounds every half second, so that a sunset a few seconds ahead is seen to pass.
    mesh = await startProvisioningStack('provisioning', { registry: { RETIREMENT_INTERVAL_MS: '500' } });
    for (const domain of ['sales', 'shop', 'retail', 'billing', 'legacy', 'claimed', 'offline']) {
      await ensureDomain(mesh.admin, domain);
    }
  }, 180_000);

  afterAll(async () => {
    await mesh?.close();
  });

  const loadTable = async (namespace: string, table: string) => {
    const reply = await mesh.catalogApi.get<LoadedTable>(`/v1/namespaces/${namespace}/tables/${table}`);
    expect(reply.status).toBe(200);
    const { metadata } = reply.body;
    const schema = metadata.schemas.find((candidate) => candidate['schema-id'] === metadata['current-schema-id'])!;
    const spec = metadata['partition-specs'].find((candidate) => candidate['spec-id'] === metadata['default-spec-id'])!;
    return { metadata, schema, spec };
  };

  const flowOf = async (descriptor: Descriptor) => {
    const { domain, name, version } = versionRef(descriptor);
    return (await mesh.provisioningApi.get<FlowReply>(`/v1/flows/${domain}/${name}/${version}`)).body;
  };

  const subject = (descriptor: Descriptor) =>
    `urn:mesh:product:${descriptor.metadata.domain}:${descriptor.metadata.name}`;

  const publish = async (descriptor: Descriptor) => {
    await apply(mesh.admin, descriptor);
    await approve(mesh, versionRef(descriptor));
    await awaitState(mesh, versionRef(descriptor), 'published');
  };

  it('creates the table and the topic of an approved version with its contract, and the version is published', async () => {
    const orders = twoPortProduct('sales');
    await publish(orders);

    const { schema, spec } = await loadTable('sales', 'orders');
    const contract = orders.spec.contract.schema.find((table) => table.name === 'orders')!;
    expect(schema.fields.map((field) => [field.name, field.type, field.required])).toEqual(
      contract.fields.map((field) => [
        field.name,
        field.type === 'integer' ? 'int' : field.type,
        field.required === true,
      ]),
    );
    expect(schema['identifier-field-ids']).toEqual([schema.fields[0].id]);
    const orderedAt = schema.fields.find((field) => field.name === 'ordered_at')!;
    expect(spec.fields).toEqual([expect.objectContaining({ 'source-id': orderedAt.id, transform: 'day' })]);

    const topic = `${mesh.prefix}sales.orders.v1.order-status-events`;
    const [metadata] = (await mesh.kafka.fetchTopicMetadata({ topics: [topic] })).topics;
    expect(metadata.partitions).toHaveLength(12);
    const configs = await mesh.kafka.describeConfigs({
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'cleanup.policy'] }],
      includeSynonyms: false,
    });
    const config = Object.fromEntries(
      configs.resources[0].configEntries.map((entry) => [entry.configName, entry.configValue]),
    );
    expect(config).toEqual({ 'retention.ms': '604800000', 'cleanup.policy': 'delete' });

    const schemaRegistry = mesh.registry.schemaRegistryUrl;
    const registered = await fetch(`${schemaRegistry}/subjects/${topic}-value/versions/latest`);
    expect(registered.status).toBe(200);
    const value = JSON.parse(((await registered.json()) as { schema: string }).schema) as {
      name: string;
      fields: { name: string; type: unknown }[];
    };
    expect(value.name).toBe('order_status_events');
    expect(value.fields.map((field) => field.name)).toEqual([
      'event_id',
      'order_id',
      'status',
      'occurred_at',
      'source',
    ]);

    const provisioned = mesh
      .events()
      .filter(
        (event) => event.type === 'provisioning.port.provisioned' && event.subject === 'urn:mesh:product:sales:orders',
      );
    expect(provisioned.map((event) => (event.payload as { port: { address: string } }).port.address).sort()).toEqual([
      'sales.orders',
      'sales.orders.v1.order-status-events',
    ]);
    // One job id from the registry's announcement to the last port: the flow keeps the one it was started with.
    const started = await mesh.awaitEvent('product.provisioning.started', (event) => event.subject === subject(orders));
    expect(provisioned.map((event) => (event.payload as { jobId: string }).jobId)).toEqual([
      started.payload.jobId,
      started.payload.jobId,
    ]);
    const flow = await flowOf(orders);
    expect(flow).toMatchObject({ state: 'completed', jobId: started.payload.jobId });
    expect(flow.ports.map((port) => [port.name, port.state, port.outcome, port.job?.state])).toEqual([
      ['order-status-events', 'done', 'created', 'completed'],
      ['orders', 'done', 'created', 'completed'],
    ]);
    // A completed job says so in its progress too, and the port counts the run its job made.
    expect(flow.ports.map((port) => port.job?.progress)).toEqual([100, 100]);
    expect(flow.ports.map((port) => [port.attempts, port.job?.attemptsMade])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('completes a flow with the registry API out of its reach from the proposal on: the events carry all it needs', async () => {
    const orders = twoPortProduct('offline');
    await apply(mesh.admin, orders);
    // Provisioning now reaches only Kafka, the catalog and the Schema Registry API (the registry's process still
    // runs: it moves the version through its lifecycle, and the catalog checks tokens with it).
    mesh.registryGate.close();
    try {
      await approve(mesh, versionRef(orders));
      const published = await mesh.awaitEvent(
        'product.version.published',
        (event) => event.subject === subject(orders),
      );
      expect(published.payload.outputPorts.map((port) => port.address).sort()).toEqual([
        'offline.orders',
        'offline.orders.v1.order-status-events',
      ]);
      const started = await mesh.awaitEvent(
        'product.provisioning.started',
        (event) => event.subject === subject(orders),
      );
      const jobIds = mesh
        .events()
        .filter((event) => event.type === 'provisioning.port.provisioned' && event.subject === subject(orders))
        .map((event) => (event.payload as { jobId: string }).jobId);
      expect(jobIds).toEqual([started.payload.jobId, started.payload.jobId]);
      expect(mesh.registryGate.refused()).toEqual([]);
    } finally {
      mesh.registryGate.open();
    }
    expect((await loadTable('offline', 'orders')).schema.fields.map((field) => field.name)).toContain('order_id');
  });

  it('evolves the table of a minor version in place, adding the column with a new id and keeping the others', async () => {
    const v1 = twoPortProduct('shop', '1.0.0');
    await publish(v1);
    const before = await loadTable('shop', 'orders');

    const v11 = nextVersion(v1, '1.1.0', ['gift_note']);
    await publish(v11);
    const after = await loadTable('shop', 'orders');
    expect(after.schema['schema-id']).not.toBe(before.schema['schema-id']);
    expect(after.schema.fields.slice(0, -1)).toEqual(before.schema.fields);
    const added = after.schema.fields.at(-1)!;
    expect(added).toMatchObject({ name: 'gift_note', type: 'string', required: false });
    expect(added.id).toBeGreaterThan(Math.max(...before.schema.fields.map((field) => field.id)));
    expect((await flowOf(v11)).ports.find((port) => port.name === 'orders')?.outcome).toBe('evolved');

    const resolved = await mesh.admin.get<{ version: string }>(
      `/v1/resolve?address=${encodeURIComponent('mesh://shop/orders/v1')}`,
    );
    expect(resolved.body.version).toBe('1.1.0');
  });

  it('creates a new table for a new major, leaves the old one in place, and both majors resolve', async () => {
    const v1 = twoPortProduct('retail', '1.0.0');
    await publish(v1);
    const v2 = nextVersion(v1, '2.0.0');
    v2.spec.contract.schema[0].fields = v2.spec.contract.schema[0].fields.filter((field) => field.name !== 'channel');
    await publish(v2);

    const old = await loadTable('retail', 'orders');
    const next = await loadTable('retail', 'orders_v2');
    expect(old.schema.fields.map((field) => field.name)).toContain('channel');
    expect(next.schema.fields.map((field) => field.name)).not.toContain('channel');
    const topics = await mesh.kafka.listTopics();
    expect(topics).toEqual(
      expect.arrayContaining([
        `${mesh.prefix}retail.orders.v1.order-status-events`,
        `${mesh.prefix}retail.orders.v2.order-status-events`,
      ]),
    );
    for (const [major, table] of [
      [1, 'retail.orders'],
      [2, 'retail.orders_v2'],
    ] as const) {
      const resolved = await mesh.admin.get<{ state: string; outputPorts: { address: string }[] }>(
        `/v1/resolve?address=${encodeURIComponent(`mesh://retail/orders/v${major}`)}`,
      );
      expect(resolved.status).toBe(200);
      expect(resolved.body.state).toBe('published');
      expect(resolved.body.outputPorts.map((port) => port.address)).toContain(table);
    }
  });

  it('leaves a version in provisioning with the reason of a port that fails for good, and a retry publishes it once the cause is fixed', async () => {
    const invoices = twoPortProduct('billing');
    // A topic of that name exists with more partitions than the port wants: Kafka cannot remove partitions.
    const topic = `${mesh.prefix}billing.orders.v1.order-status-events`;
    await mesh.kafka.createTopics({ topics: [{ topic, numPartitions: 20 }], waitForLeaders: true });
    await apply(mesh.admin, invoices);
    await approve(mesh, versionRef(invoices));

    const failed = await mesh.awaitEvent('provisioning.failed', (event) => event.payload.product.domain === 'billing');
    expect(failed.payload).toMatchObject({ port: 'order-status-events', attempts: 1 });
    expect(failed.payload.reason).toContain('has 20 partitions; the port wants 12');
    await eventually(
      async () => (await versionOf(mesh.admin, versionRef(invoices))).provisioning?.failure !== null,
      () => 'the registry did not record the failure',
    );
    const version = await versionOf(mesh.admin, versionRef(invoices));
    expect(version.state).toBe('provisioning');
    expect(version.provisioning?.failure).toMatchObject({ port: 'order-status-events' });
    const flow = await flowOf(invoices);
    expect(flow.state).toBe('failed');
    expect(flow.ports.find((port) => port.name === 'order-status-events')).toMatchObject({
      state: 'failed',
      lastError: expect.stringContaining('has 20 partitions'),
      job: expect.objectContaining({ state: 'failed' }),
    });

    const { domain, name, version: number } = versionRef(invoices);
    const retryPath = `/v1/flows/${domain}/${name}/${number}/retry`;
    expect((await mesh.provisioningApi.post(`/v1/flows/${domain}/${name}/9.9.9/retry`)).status).toBe(404);

    await mesh.kafka.deleteTopics({ topics: [topic] });
    await eventually(
      async () => !(await mesh.kafka.listTopics()).includes(topic),
      () => `${topic} was not deleted`,
    );
    const retried = await mesh.provisioningApi.post<FlowReply>(retryPath);
    expect(retried.status).toBe(200);
    expect(retried.body.state).toBe('running');
    await awaitState(mesh, versionRef(invoices), 'published');
    expect((await flowOf(invoices)).state).toBe('completed');
    expect((await mesh.provisioningApi.post(retryPath)).status).toBe(409);
  });

  it('never takes over a table another product holds: the flow fails naming the holder, and the table is untouched', async () => {
    // A table another product made (its `mesh.product` says whose), by a path the registry's check at apply never
    // saw: provisioning must not evolve it into this product's, or this product's grants would read its rows.
    const orders = twoPortProduct('claimed');
    const held = await mesh.catalogApi.post('/v1/namespaces', { namespace: ['claimed'] });
    expect([200, 409]).toContain(held.status);
    const created = await mesh.catalogApi.post('/v1/namespaces/claimed/tables', {
      name: 'orders',
      schema: { type: 'struct', 'schema-id': 0, fields: [{ id: 1, name: 'ledger_id', type: 'long', required: true }] },
      properties: { 'mesh.product': 'claimed/ledger', 'mesh.port': 'orders' },
    });
    expect(created.status).toBe(200);
    await apply(mesh.admin, orders);
    await approve(mesh, versionRef(orders));

    const failed = await mesh.awaitEvent('provisioning.failed', (event) => event.payload.product.domain === 'claimed');
    expect(failed.payload).toMatchObject({ port: 'orders' });
    expect(failed.payload.reason).toContain(
      'table claimed.orders belongs to product claimed/ledger, not claimed/orders',
    );
    const { schema } = await loadTable('claimed', 'orders');
    expect(schema.fields.map((field) => field.name)).toEqual(['ledger_id']);
  });

  it('applies and removes catalog grants as access is granted and revoked, and re-applies granted ones to new versions', async () => {
    const consumer = await mesh.admin.post<{ id: string }>('/v1/principals', {
      name: 'orders-reader',
      kind: 'user',
      roles: [{ role: 'consumer' }],
    });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const request = await mesh.admin.post<{ id: string; state: string; grantId: string }>(
      '/v1/products/sales/orders/access-requests',
      { purpose: 'revenue reports', until, principal: consumer.body.id },
    );
    expect(request.body.state).toBe('granted');
    const { grantId } = request.body;

    const applied = await mesh.awaitEvent(
      'provisioning.grant.applied',
      (event) => event.payload.grant.grantId === grantId,
    );
    expect(applied.payload.grant).toEqual({
      grantId,
      principal: consumer.body.id,
      product: { domain: 'sales', name: 'orders' },
      port: null,
    });
    expect((await mesh.catalogApi.get(`/v1/mesh/grants/${grantId}`)).status).toBe(200);
    // On Kafka too, with Confluent's client: the domain's pipeline writes the product's topic, another domain's is
    // refused, and the holder's pipeline reads it, each with the login the registry gave it.
    const topic = `${mesh.prefix}sales.orders.v1.order-status-events`;
    const owner = await newPipeline(mesh.admin, 'sales-orders-pipeline', [{ role: 'domain-member', domain: 'sales' }]);
    const stranger = await newPipeline(mesh.admin, 'shop-pipeline', [{ role: 'domain-member', domain: 'shop' }]);
    expect(runPipeline(mesh.registry.schemaRegistryUrl, owner, 'produce', topic)).toBe('ok');
    expect(runPipeline(mesh.registry.schemaRegistryUrl, stranger, 'produce', topic)).toBe('TOPIC_AUTHORIZATION_FAILED');
    const reader = await pipelineOf(mesh.admin, consumer.body.id);
    expect(runPipeline(mesh.registry.schemaRegistryUrl, reader, 'consume', topic)).toBe('read paid');

    // A grant the catalog lost is applied again when a new version of the product is provisioned.
    expect((await mesh.catalogApi.delete(`/v1/mesh/grants/${grantId}`)).status).toBe(204);
    await publish(nextVersion(twoPortProduct('sales'), '1.0.1'));
    const restored = await mesh.catalogApi.get<{ principal: string }>(`/v1/mesh/grants/${grantId}`);
    expect(restored.status).toBe(200);
    expect(restored.body.principal).toBe(consumer.body.id);

    expect(
      (await mesh.admin.post(`/v1/access-requests/${request.body.id}/revoke`, { reason: 'project ended' })).status,
    ).toBe(200);
    const revoked = await mesh.awaitEvent(
      'provisioning.grant.revoked',
      (event) => event.payload.grant.grantId === grantId,
    );
    expect(revoked.payload.reason).toBe('project ended');
    expect((await mesh.catalogApi.get(`/v1/mesh/grants/${grantId}`)).status).toBe(404);
    expect(runPipeline(mesh.registry.schemaRegistryUrl, reader, 'consume', topic)).toBe('TOPIC_AUTHORIZATION_FAILED');

    // Operators see both operations, done, and what each changed in the catalog and on Kafka.
    const operations = await mesh.provisioningApi.get<{ items: Record<string, unknown>[] }>(
      '/v1/grant-operations?domain=sales&product=orders&limit=200',
    );
    expect(operations.status).toBe(200);
    const effects = {
      catalogGrant: grantId,
      kafkaTopicPrefix: `${mesh.prefix}sales.orders.`,
      kafkaGroupPrefix: `${consumer.body.id}.`,
    };
    expect(operations.body.items.filter((operation) => operation.grantId === grantId)).toEqual([
      expect.objectContaining({ operation: 'revoke', state: 'done', reason: 'project ended', effects }),
      expect.objectContaining({ operation: 'apply', state: 'done', principal: consumer.body.id, effects }),
    ]);
  });

  it("takes a grant's Kafka read access away when the grant expires", async () => {
    const consumer = await mesh.admin.post<{ id: string }>('/v1/principals', {
      name: 'short-lived-reader',
      kind: 'user',
      roles: [{ role: 'consumer' }],
    });
    const until = new Date(Date.now() + 8_000).toISOString();
    const request = await mesh.admin.post<{ grantId: string }>('/v1/products/sales/orders/access-requests', {
      purpose: 'a quick look',
      until,
      principal: consumer.body.id,
    });
    await mesh.awaitEvent(
      'provisioning.grant.applied',
      (event) => event.payload.grant.grantId === request.body.grantId,
    );
    const topic = `${mesh.prefix}sales.orders.v1.order-status-events`;
    const reader = await pipelineOf(mesh.admin, consumer.body.id);
    expect(runPipeline(mesh.registry.schemaRegistryUrl, reader, 'consume', topic)).toBe('read paid');
    await eventually(
      () => runPipeline(mesh.registry.schemaRegistryUrl, reader, 'consume', topic) === 'TOPIC_AUTHORIZATION_FAILED',
      () => "the expired grant's holder still reads the topic",
      30_000,
    );
  });

  it('removes nothing before the sunset, then drops or archives the ports as the retention says', async () => {
    const dropped = twoPortProduct('legacy');
    dropped.spec.access.retention = { onRetire: 'drop' };
    await publish(dropped);
    const archived = twoPortProduct('billing'); // published above, after its retry; retention: archive

    const sunsetAt = new Date(Date.now() + 4_000).toISOString();
    for (const descriptor of [dropped, archived]) {
      const { domain, name, version } = versionRef(descriptor);
      const reply = await mesh.admin.post(`/v1/products/${domain}/${name}/versions/${version}/deprecate`, { sunsetAt });
      expect(reply.status).toBe(200);
    }
    // Deprecated, not yet retired: everything stays.
    expect((await mesh.catalogApi.get('/v1/namespaces/legacy/tables/orders')).status).toBe(200);
    expect((await mesh.provisioningApi.get('/v1/flows/legacy/orders/1.0.0?kind=retire')).status).toBe(404);

    for (const descriptor of [dropped, archived]) {
      const { domain, name, version } = versionRef(descriptor);
      await awaitState(mesh, versionRef(descriptor), 'retired');
      await eventually(
        async () =>
          (await mesh.provisioningApi.get<FlowReply>(`/v1/flows/${domain}/${name}/${version}?kind=retire`)).body
            .state === 'completed',
        () => `the retirement flow of ${domain} did not complete`,
        60_000,
      );
    }
    expect((await mesh.catalogApi.get('/v1/namespaces/legacy/tables/orders')).status).toBe(404);
    const topics = await mesh.kafka.listTopics();
    expect(topics).not.toContain(`${mesh.prefix}legacy.orders.v1.order-status-events`);

    const kept = await mesh.catalogApi.get<{ metadata: { properties: Record<string, string> } }>(
      '/v1/namespaces/billing/tables/orders',
    );
    expect(kept.status).toBe(200);
    expect(kept.body.metadata.properties).toMatchObject({ 'mesh.archived': 'true', 'mesh.retired-version': '1.0.0' });
    expect(topics).toContain(`${mesh.prefix}billing.orders.v1.order-status-events`);
    const flow = (await mesh.provisioningApi.get<FlowReply>('/v1/flows/billing/orders/1.0.0?kind=retire')).body;
    expect(flow.ports.map((port) => port.outcome)).toEqual(['archived', 'archived']);
  });

  // Last: it lists the flows the tests above left.
  it('answers operators: 401 without a token, 403 naming the right for a retry by a non-admin, 400 naming a bad query field', async () => {
    const anonymous = await fetch(`${mesh.provisioning.url}/v1/flows`);
    expect(anonymous.status).toBe(401);

    const reader = await mesh.admin.post<{ id: string }>('/v1/principals', {
      name: 'flow-reader',
      kind: 'user',
      roles: [{ role: 'consumer' }],
    });
    const token = await mesh.admin.post<{ token: string }>(`/v1/principals/${reader.body.id}/tokens`, {
      name: 'it',
    });
    const forbidden = await fetch(`${mesh.provisioning.url}/v1/flows/sales/orders/1.0.0/retry`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token.body.token}` },
    });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { message: string } }).error.message).toContain('platform-admin');

    // The BullMQ board: platform admins only, with Basic (the token as password) as browsers send it.
    const board = `${mesh.provisioning.url}/admin/queues`;
    const unauthenticated = await fetch(board);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toContain('Basic');
    const basic = (secret: string) => `Basic ${Buffer.from(`operator:${secret}`).toString('base64')}`;
    expect((await fetch(board, { headers: { Authorization: basic(token.body.token) } })).status).toBe(403);
    const page = await fetch(board, { headers: { Authorization: basic(ADMIN_TOKEN) } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const queues = await fetch(`${board}/api/queues`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(queues.status).toBe(200);
    const listedQueues = ((await queues.json()) as { queues: { name: string }[] }).queues.map((queue) => queue.name);
    expect(listedQueues).toEqual([`${mesh.prefix}provisioning`]);

    const metrics = await (await fetch(`${mesh.provisioning.url}/metrics`)).text();
    expect(metrics).toMatch(
      /provisioning_job_duration_seconds_count\{job="provision-port",outcome="completed"\} [1-9]/,
    );

    const invalid = await mesh.provisioningApi.get<{ error: { details: { pointer: string }[] } }>(
      '/v1/flows?state=exploded',
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details[0].pointer).toBe('/state');

    interface FlowPage {
      items: { kind: string; domain: string; product: string; version: string }[];
      nextCursor: string | null;
    }
    const listed = await mesh.provisioningApi.get<FlowPage>('/v1/flows?limit=2');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.nextCursor).not.toBeNull();
    const next = await mesh.provisioningApi.get<FlowPage>(`/v1/flows?limit=2&cursor=${listed.body.nextCursor}`);
    expect(next.body.items).toHaveLength(2);
    const key = ({ kind, domain, product, version }: FlowPage['items'][number]) =>
      `${kind} ${domain}/${product} ${version}`;
    const first = listed.body.items.map(key);
    expect(next.body.items.map(key).filter((flow) => first.includes(flow))).toEqual([]);
  });
});

/** A principal's pipeline: its registry token (for the Schema Registry API) and the Kafka login the registry gives it. */
interface Pipeline {
  token: string;
  username: string;
  password: string;
}

async function pipelineOf(admin: HttpApi, principalId: string): Promise<Pipeline> {
  const token = await admin.post<{ token: string }>(`/v1/principals/${principalId}/tokens`, { name: 'pipeline' });
  const login = await admin.post<{ username: string; password: string }>(
    `/v1/principals/${principalId}/kafka-credentials`,
    {},
  );
  if (token.status !== 201 || login.status !== 201) {
    throw new Error(`pipeline of ${principalId}: ${JSON.stringify(token.body)} ${JSON.stringify(login.body)}`);
  }
  return { token: token.body.token, username: login.body.username, password: login.body.password };
}

async function newPipeline(admin: HttpApi, name: string, roles: { role: string; domain?: string }[]) {
  const principal = await admin.post<{ id: string }>('/v1/principals', { name, kind: 'service', roles });
  return pipelineOf(admin, principal.body.id);
}

/**
 * Runs Confluent's Python client as the pipeline (conformance/confluent/domain_pipeline.py): `produce` writes an
 * order status change to the topic, `consume` reads the first one in a group of the pipeline's own; it answers `ok`,
 * `read <status>`, or the name of Kafka's error.
 */
function runPipeline(
  schemaRegistryUrl: string,
  pipeline: Pipeline,
  mode: 'produce' | 'consume',
  topic: string,
): string {
  const group = `${pipeline.username}.reports-${Date.now()}`;
  const result = spawnSync(
    pythonTool('python'),
    [PIPELINE, mode, stack.kafkaBrokers().join(','), schemaRegistryUrl, `pipeline:${pipeline.token}`, topic, group],
    {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, KAFKA_USERNAME: pipeline.username, KAFKA_PASSWORD: pipeline.password },
    },
  );
  if (result.status !== 0) throw new Error(`domain_pipeline.py ${mode}: ${result.status} ${result.stderr}`);
  return result.stdout.trim();
}

const PIPELINE = resolve(__dirname, '../../../conformance/confluent/domain_pipeline.py');
