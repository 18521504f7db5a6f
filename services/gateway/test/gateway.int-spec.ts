import {
  ADMIN_TOKEN,
  eventually,
  freePort,
  orderRow,
  productCopy,
  startMesh,
  startService,
  untilReady,
  uniqueName,
  writeRows,
} from '@mesh/testing';
import type { CopyableDescriptor, MeshUnderTest, RunningService } from '@mesh/testing';
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { schemaFromFile } from '../src/graphql/schema-file';
import { graphql, subscribe, type LiveSubscription } from './support/graphql-client';
import { metricValue } from './support/metrics';

/**
 * The gateway in front of the whole mesh, every service a real process: what a GraphQL client and an ops dashboard
 * see. Products are applied through the gateway and reach `published` through governance and provisioning; alerts
 * come from rows committed through the catalog and checked by quality.
 */

const REPO = resolve(__dirname, '../../..');
const example = (name: string) => readFileSync(resolve(REPO, 'examples/products', name), 'utf8');

interface OwnedDescriptor extends CopyableDescriptor {
  metadata: { name: string; owner?: string };
}

interface LifecycleEvent {
  stage: string;
  product: { domain: string; name: string; version: string };
  reasons: string[];
}

interface AlertEvent {
  type: string;
  alertId: string;
  product: { domain: string; name: string };
  severity: string | null;
}

describe('the GraphQL gateway', () => {
  let mesh: MeshUnderTest;
  let gateway: string;
  let admin: ReturnType<typeof graphql>;
  const subscriptions: LiveSubscription<unknown>[] = [];
  const live = <T>(token: string, query: string, variables?: Record<string, unknown>) => {
    const subscription = subscribe<T>(gateway, token, query, variables);
    subscriptions.push(subscription as LiveSubscription<unknown>);
    return subscription;
  };
  /** Subscriptions reach the gateway's hub a moment after the socket opens; events before that are not theirs. */
  const subscribed = (count: number) =>
    eventually(
      async () => (await metricValue(gateway, 'gateway_active_subscriptions')) >= count,
      async () => `only ${await metricValue(gateway, 'gateway_active_subscriptions')} subscriptions\n${mesh.logs()}`,
      20_000,
    );

  /** A principal with the given roles and a token of its own, made through the gateway. */
  const principalWith = async (roles: { role: string; domain?: string }[]) => {
    const created = await admin<{ createPrincipal: { id: string } }>(
      `mutation($input: CreatePrincipalInput!) { createPrincipal(input: $input) { id } }`,
      { input: { name: uniqueName('person'), kind: 'USER', roles } },
    );
    const id = created.body.data!.createPrincipal.id;
    const issued = await admin<{ createToken: { id: string; token: string } }>(
      `mutation($id: ID!) { createToken(principalId: $id, name: "it") { id token } }`,
      { id },
    );
    return { id, tokenId: issued.body.data!.createToken.id, token: issued.body.data!.createToken.token };
  };

  beforeAll(async () => {
    mesh = await startMesh('gateway', { env: { gateway: { TOKEN_RECHECK_INTERVAL_MS: '1000' } } });
    gateway = mesh.url('gateway');
    admin = graphql(gateway, ADMIN_TOKEN);
    for (const name of ['sales', 'finance', 'logistics']) {
      const created = await admin(`mutation($input: CreateDomainInput!) { createDomain(input: $input) { name } }`, {
        input: { name, title: name, description: `The ${name} domain`, owningTeam: `${name}-team` },
      });
      expect(created.body.errors).toBeUndefined();
    }
  }, 300_000);

  afterAll(async () => {
    for (const subscription of subscriptions) await subscription.dispose();
    await mesh?.stop();
  }, 120_000);

  it('serves exactly the committed schema', async () => {
    const reply = await admin<IntrospectionQuery>(getIntrospectionQuery());
    const served = printSchema(lexicographicSortSchema(buildClientSchema(reply.body.data!)));
    expect(served).toBe(printSchema(lexicographicSortSchema(schemaFromFile())));
  });

  it('serves GraphiQL, with its scripts inline, to a browser that asks for /graphql', async () => {
    const page = await fetch(`${gateway}/graphql`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Data Mesh GraphQL</title>');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('applies a product and shows every stage of its way to published, live', async () => {
    const stages = live<LifecycleEvent>(
      ADMIN_TOKEN,
      `subscription { productLifecycle(domain: "sales", name: "orders") { stage product { domain name version } reasons } }`,
    );
    await subscribed(1);
    for (const file of ['sales-orders.yaml']) {
      const applied = await admin<{ applyProduct: { created: boolean; state: string; address: string } }>(
        `mutation($d: String!) { applyProduct(descriptor: $d) { created state address version } }`,
        { d: example(file) },
      );
      expect(applied.body.errors).toBeUndefined();
      expect(applied.body.data!.applyProduct).toMatchObject({ created: true, state: 'PROPOSED' });
    }
    await eventually(
      async () => stages.received.some((event) => event.stage === 'PUBLISHED'),
      async () => `stages so far: ${JSON.stringify(stages.received)}\n${mesh.logs()}`,
      120_000,
    );
    expect(stages.received.map((event) => event.stage)).toEqual(['PROPOSED', 'APPROVED', 'PROVISIONING', 'PUBLISHED']);
    expect(stages.received[0].product).toEqual({ domain: 'sales', name: 'orders', version: '1.4.0' });
  }, 180_000);

  it('answers a product page from every service in one query', async () => {
    // Quality starts monitoring when it consumes product.published, which may trail the lifecycle stage seen above.
    await eventually(
      async () =>
        (
          await admin<{ product: { quality: unknown } }>(
            `{ product(domain: "sales", name: "orders") { quality { version } } }`,
          )
        ).body.data?.product.quality != null,
      async () => `quality never scored sales/orders\n${mesh.logs()}`,
      60_000,
    );
    const reply = await admin<{ product: Record<string, unknown> }>(`{
      product(domain: "sales", name: "orders") {
        title owner status address
        versions { totalCount nodes { version state } }
        version {
          ports { name type iceberg { identifier catalogUri } kafka { topic schemaSubject } }
          contract { tables { name fields { name required } } }
          decisions { outcome trigger }
          violations { policyId }
          provisioning { state ports { name state } }
        }
        access { status }
        quality { version score tier }
        lineage(direction: DOWNSTREAM, depth: 2) { totalCount }
        impact { affected { domain name } }
      } }`);
    expect(reply.body.errors).toBeUndefined();
    const product = reply.body.data!.product;
    expect(product).toMatchObject({
      title: 'Customer orders',
      owner: 'order-management',
      status: 'PUBLISHED',
      address: 'mesh://sales/orders/v1',
      versions: { totalCount: 1, nodes: [{ version: '1.4.0', state: 'PUBLISHED' }] },
      version: {
        decisions: [{ outcome: 'APPROVED', trigger: 'proposal' }],
        violations: [],
        provisioning: { state: 'COMPLETED' },
      },
      access: { status: 'OPEN' },
      quality: { version: '1.4.0' },
    });
    const ports = (product.version as { ports: { name: string; iceberg: unknown; kafka: unknown }[] }).ports;
    expect(ports).toContainEqual({
      name: 'orders',
      type: 'ICEBERG_TABLE',
      iceberg: { identifier: 'sales.orders', catalogUri: mesh.catalog.url },
      kafka: null,
    });
    expect(ports).toContainEqual(
      expect.objectContaining({
        type: 'KAFKA_TOPIC',
        kafka: {
          topic: 'sales.orders.v1.order-status-events',
          schemaSubject: 'sales.orders.v1.order-status-events-value',
        },
      }),
    );
  }, 90_000);

  it('searches by text and by schema field, with facets', async () => {
    const search = (args: string) =>
      admin<{
        search: {
          totalCount: number;
          nodes: { name: string; matchedFields: string[] }[];
          facets: { domain: { value: string; count: number }[] };
        };
      }>(`{ search(${args}) { totalCount nodes { name matchedFields } facets { domain { value count } } } }`);
    await eventually(
      async () => (await search('q: "orders"')).body.data?.search.nodes.some((hit) => hit.name === 'orders') === true,
      async () => `search never found orders: ${JSON.stringify((await search('q: "orders"')).body)}\n${mesh.logs()}`,
      60_000,
    );
    const byField = await search('field: "order_id"');
    expect(byField.body.errors).toBeUndefined();
    expect(byField.body.data!.search.nodes).toContainEqual({
      name: 'orders',
      matchedFields: expect.arrayContaining(['orders.order_id']),
    });
    expect(byField.body.data!.search.facets.domain).toContainEqual({ value: 'sales', count: expect.any(Number) });
  });

  it('gives a restricted product’s alerts only to those who may read it', async () => {
    // The orders product again, as finance's restricted ledger: its own tables, readable by grant only.
    const ledger = example('sales-orders.yaml')
      .replace(/^ {2}name: orders$/m, '  name: ledger')
      .replace(/^ {2}domain: sales$/m, '  domain: finance')
      .replace('visibility: internal', 'visibility: restricted')
      .replace('approval: auto', 'approval: manual');
    const applied = await admin(`mutation($d: String!) { applyProduct(descriptor: $d) { state } }`, { d: ledger });
    expect(applied.body.errors).toBeUndefined();
    await eventually(
      async () =>
        (await admin<{ product: { status: string } }>(`{ product(domain: "finance", name: "ledger") { status } }`)).body
          .data?.product?.status === 'PUBLISHED',
      async () => `finance/ledger never published\n${mesh.logs()}`,
      120_000,
    );
    const consumer = await principalWith([{ role: 'CONSUMER' }]);
    const member = await principalWith([{ role: 'DOMAIN_MEMBER', domain: 'finance' }]);
    const query = `subscription { qualityAlerts { type alertId product { domain name } severity } }`;
    const consumerAlerts = live<AlertEvent>(consumer.token, query);
    const memberAlerts = live<AlertEvent>(member.token, query);
    await subscribed(3);

    // An order without the status the contract requires, committed through the catalog as a pipeline would, into
    // the restricted ledger and into the internal orders product.
    writeRows(mesh.catalog.url, 'finance.orders', [orderRow(null)]);
    await eventually(
      async () => memberAlerts.received.some((alert) => alert.product.name === 'ledger' && alert.type === 'RAISED'),
      async () => `the domain member got no alert: ${JSON.stringify(memberAlerts)}\n${mesh.logs()}`,
      90_000,
    );
    // The same alert on the internal product reaches the consumer: its subscription works, it is only kept from
    // the restricted product's.
    writeRows(mesh.catalog.url, 'sales.orders', [orderRow(null)]);
    await eventually(
      async () => consumerAlerts.received.some((alert) => alert.product.name === 'orders'),
      async () => `the consumer got no alert of sales/orders: ${JSON.stringify(consumerAlerts)}\n${mesh.logs()}`,
      90_000,
    );
    expect(consumerAlerts.received.filter((alert) => alert.product.name === 'ledger')).toEqual([]);
    expect(memberAlerts.received.filter((alert) => alert.product.name === 'orders')).not.toEqual([]);
  }, 240_000);

  it('tells a user who it is, and closes its socket with 4403 within 30 s of its token being revoked', async () => {
    const reader = await principalWith([{ role: 'CONSUMER' }]);
    const me = await graphql(
      gateway,
      reader.token,
    )(`{ me { principal { id roles { role } } domains isAdmin tokenExpiresAt } }`);
    expect(me.body).toEqual({
      data: {
        me: {
          principal: { id: reader.id, roles: [{ role: 'CONSUMER' }] },
          domains: [],
          isAdmin: false,
          tokenExpiresAt: expect.any(String),
        },
      },
    });
    // Reading an internal product's data still takes a grant, as the catalog enforces.
    const access = await graphql(
      gateway,
      reader.token,
    )(`{ product(domain: "sales", name: "orders") { access { status } } }`);
    expect(access.body.data).toEqual({ product: { access: { status: 'NONE' } } });
    const subscription = live<AlertEvent>(reader.token, `subscription { qualityAlerts { alertId } }`);
    await eventually(
      async () => (await metricValue(gateway, 'gateway_active_subscriptions')) >= 1,
      async () => 'never subscribed',
    );
    const revoked = await fetch(`${mesh.registry.serviceUrl}/v1/tokens/${reader.tokenId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(revoked.status).toBe(204);
    const started = Date.now();
    await eventually(
      async () => subscription.closed !== null,
      async () => `the socket is still open\n${mesh.logs()}`,
      30_000,
    );
    expect(subscription.closed?.code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('tells platform admins how the mesh is: readiness, outboxes, dead letters, consumer lags', async () => {
    const status = await admin<{
      meshStatus: {
        services: { name: string; ready: boolean; outboxUnsentRows: number | null; deadLetters: number | null }[];
        consumers: { group: string; topic: string; lag: number }[];
      };
    }>(`{ meshStatus { services { name ready outboxUnsentRows deadLetters } consumers { group topic lag } } }`);
    expect(status.body.errors).toBeUndefined();
    const { services, consumers } = status.body.data!.meshStatus;
    expect(services.map((service) => [service.name, service.ready])).toEqual(
      ['registry', 'governance', 'provisioning', 'quality', 'search', 'lineage'].map((name) => [name, true]),
    );
    expect(services.find((service) => service.name === 'quality')).toMatchObject({
      outboxUnsentRows: expect.any(Number),
      deadLetters: 0,
    });
    // The groups of this run's services, named without the run's topic prefix; no gateway's own group.
    expect(consumers).toContainEqual({ group: 'quality', topic: 'mesh.data-published.v1', lag: expect.any(Number) });
    expect(consumers.filter((consumer) => consumer.group.startsWith('gateway'))).toEqual([]);
    const reader = await principalWith([{ role: 'CONSUMER' }]);
    const refused = await graphql(gateway, reader.token)(`{ meshStatus { services { name } } }`);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'missing right: platform-admin',
      extensions: { code: 'forbidden' },
    });
  });

  it('refuses a subscriber without a valid token at connection_init', async () => {
    const subscription = live<AlertEvent>(`mesh_${'x'.repeat(43)}`, `subscription { qualityAlerts { alertId } }`);
    await eventually(
      async () => subscription.closed !== null,
      async () => 'never closed',
    );
    expect(subscription.closed?.code).toBe(4403);
  });

  it('answers bad queries with errors that name the problem, never a 500', async () => {
    const cases: {
      query: string;
      variables?: Record<string, unknown>;
      token?: string | null;
      status: number;
      message: RegExp;
      code?: string;
    }[] = [
      { query: '{ products { nodes { name }', status: 400, message: /Syntax Error/, code: 'GRAPHQL_PARSE_FAILED' },
      {
        query: '{ products { nodes { colour } } }',
        status: 400,
        message: /Cannot query field "colour"/,
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
      {
        query: 'query($n: Int) { products(first: $n) { nodes { name } } }',
        variables: { n: 'many' },
        status: 400,
        message: /\$n.*Int cannot represent/,
        code: 'BAD_USER_INPUT',
      },
      {
        query:
          '{ products(first: 1) { nodes { lineage(first: 1) { nodes { product { lineage(first: 1) { nodes { product { lineage(first: 1) { nodes { product { quality { score } } } } } } } } } } } } }',
        status: 400,
        message: /levels deep; the limit is 12 \(MAX_QUERY_DEPTH\)/,
        code: 'query_too_deep',
      },
      {
        query: '{ products(first: 100) { nodes { versions(first: 100) { nodes { version state address } } } } }',
        status: 400,
        message: /the limit is 5000 \(MAX_QUERY_COST\)/,
        code: 'query_too_costly',
      },
      {
        query: '{ products(first: 1000) { nodes { name } } }',
        status: 200,
        message: /maximum page size/,
        code: 'page_too_large',
      },
      {
        query: '{ me { isAdmin } }',
        token: null,
        status: 401,
        message: /bearer token is required/,
        code: 'unauthenticated',
      },
      {
        query: '{ me { isAdmin } }',
        token: 'mesh_nope',
        status: 401,
        message: /invalid, expired or revoked/,
        code: 'unauthenticated',
      },
    ];
    for (const { query, variables, token = ADMIN_TOKEN, status, message, code } of cases) {
      const reply = await graphql(gateway, token)(query, variables);
      expect({ query, status: reply.status }).toEqual({ query, status });
      expect(reply.body.errors?.[0].message).toMatch(message);
      expect(reply.body.errors?.[0].extensions?.code).toBe(code);
    }
    // A service's refusal keeps its code and JSON pointer.
    const refused = await admin(
      `mutation { requestAccess(domain: "sales", name: "orders", input: { purpose: "", until: "2099-01-01T00:00:00Z" }) { id } }`,
    );
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      service: 'registry',
      status: 400,
      pointer: '/purpose',
    });
  });

  it('lists 50 products with their quality scores in a bounded number of service calls', async () => {
    // Ownerless products are rejected by governance at once: the registry lists them, nothing is provisioned.
    const registry = mesh.registry.serviceUrl;
    for (let i = 0; i < 50; i++) {
      const descriptor = productCopy(parse(example('logistics-shipments.yaml')) as OwnedDescriptor, `load-${i}`);
      delete descriptor.metadata.owner;
      const response = await fetch(`${registry}/v1/products/logistics/load-${i}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/yaml' },
        body: stringify(descriptor),
      });
      expect(response.status).toBe(201);
    }
    // The gateway's own count of its calls to each service, and quality's count of the calls it served by route
    // (other services call the registry too, in reaction to the applies, so its own count would not tell).
    const quality = mesh.url('quality');
    const calls = async () => ({
      registry: await metricValue(gateway, 'gateway_service_call_duration_seconds_count', {
        service: 'registry',
        for: 'query',
      }),
      quality: await metricValue(gateway, 'gateway_service_call_duration_seconds_count', {
        service: 'quality',
        for: 'query',
      }),
      batchScores: await metricValue(quality, 'http_request_duration_seconds_count', { route: '/v1/scores' }),
      singleScores: await metricValue(quality, 'http_request_duration_seconds_count', {
        route: '/v1/products/:domain/:name/score',
      }),
    });
    const before = await calls();
    const reply = await admin<{ products: { nodes: { name: string; quality: unknown }[] } }>(
      `{ products(first: 50) { nodes { domain name status quality { score tier } } } }`,
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.products.nodes).toHaveLength(50);
    const after = await calls();
    expect({
      registry: after.registry - before.registry,
      quality: after.quality - before.quality,
      batchScores: after.batchScores - before.batchScores,
      singleScores: after.singleScores - before.singleScores,
    }).toEqual({ registry: 1, quality: 1, batchScores: 1, singleScores: 0 });
  }, 120_000);

  describe('with a service down', () => {
    let partial: RunningService;

    beforeAll(async () => {
      // A second gateway whose lineage service is gone: nothing listens on that port.
      partial = await startService('gateway', {
        port: await freePort(),
        env: { ...mesh.serviceEnv('gateway'), LINEAGE_URL: `http://127.0.0.1:${await freePort()}` },
      });
    }, 60_000);

    afterAll(async () => partial?.stop());

    it('still answers the other fields, with an error naming the service', async () => {
      const reply = await graphql(
        partial.url,
        ADMIN_TOKEN,
      )<{ product: Record<string, unknown> }>(
        `{ product(domain: "sales", name: "orders") { title status impact { affected { name } } quality { version } } }`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.data!.product).toMatchObject({
        title: 'Customer orders',
        status: 'PUBLISHED',
        impact: null,
        quality: { version: '1.4.0' },
      });
      expect(reply.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^lineage is unavailable/),
          path: ['product', 'impact'],
          extensions: expect.objectContaining({ code: 'service_unavailable', service: 'lineage' }),
        }),
      ]);
      const ready = await fetch(`${partial.url}/ready`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).toMatch(/lineage/);
      await untilReady(gateway);
    });
  });
});
