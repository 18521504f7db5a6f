import { createPrincipal, eventually, HttpApi, stack } from '@mesh/testing';
import { randomUUID } from 'node:crypto';
import { expectStatus, type ErrorReply } from './support/http';
import { createDomain, example, startSearch, variant, type SearchUnderTest } from './support/search-under-test';

interface Hit {
  key: string;
  name: string;
  title: string;
  description?: string;
  schema?: { table: string; name: string }[];
  matchedFields?: string[];
  status: string;
  access: string;
  tags: string[];
  qualityScore: number | null;
  qualityTier: string;
  slaStatus: string;
  upstream: { urn: string; domain: string | null; name: string | null }[];
  downstream: { urn: string; domain: string | null; name: string | null }[];
  openAlerts: number;
  consumerCount: number;
  highlights: Record<string, string[]>;
}

interface Result {
  total: number;
  items: Hit[];
  facets: Record<string, { value: string; count: number }[]>;
  nextCursor: string | null;
}

jest.setTimeout(120_000);

describe('search', () => {
  let mesh: SearchUnderTest;

  const find = async (query: string, token?: string): Promise<Result> =>
    expectStatus(await mesh.search.as(token ?? mesh.search.token).get<Result>(`/v1/search?${query}`), 200);
  const hitOf = async (query: string, key: string, token?: string): Promise<Hit | undefined> =>
    (await find(query, token)).items.find((hit) => hit.key === key);
  const until = (check: () => Promise<boolean>, what: string) =>
    eventually(check, () => `${what}; the search service said:\n${mesh.service().output().slice(-4000)}`, 60_000);

  /** A new principal with nothing but the consumer role, and a token of it. */
  const consumer = (label: string) =>
    createPrincipal(mesh.admin, [{ role: 'consumer' }], { name: `${label}-${randomUUID().slice(0, 8)}` });

  beforeAll(async () => {
    mesh = await startSearch('api');
    await createDomain(mesh.admin, 'sales');
    await createDomain(mesh.admin, 'logistics');
  }, 120_000);

  afterAll(async () => {
    await mesh?.close();
  });

  it('makes a product applied in the registry searchable, with highlights', async () => {
    const applied = Date.now();
    await mesh.apply(example('sales-orders.yaml'));
    await until(async () => (await hitOf('q=orders', 'sales/orders')) !== undefined, 'sales/orders searchable');
    process.stdout.write(`apply → searchable: ${Date.now() - applied} ms\n`);

    const hit = (await hitOf('q=customer%20orders', 'sales/orders')) as Hit;
    expect(hit).toMatchObject({ name: 'orders', title: 'Customer orders', status: 'proposed', access: 'open' });
    expect(hit.highlights.title).toEqual(['<em>Customer</em> <em>orders</em>']);
    expect(hit.schema?.map((field) => field.name)).toContain('customer_id');
  });

  it('finds products by schema field, and only those', async () => {
    await mesh.apply(example('logistics-shipments.yaml'));
    await until(async () => (await find('domain=logistics')).total === 1, 'logistics/shipments searchable');

    const result = await find('field=customer_id');
    expect(result.items.map((hit) => hit.key)).toEqual(['sales/orders']);
    expect(result.items[0].matchedFields).toEqual(['orders.customer_id']);
    expect((await find('field=tracking_number_that_does_not_exist')).total).toBe(0);
  });

  it('filters, counts facets and suggests', async () => {
    const result = await find('portType=kafka-topic');
    expect(result.items.map((hit) => hit.key)).toContain('sales/orders');
    const all = await find('');
    expect(all.facets.domain).toEqual(
      expect.arrayContaining([
        { value: 'sales', count: 1 },
        { value: 'logistics', count: 1 },
      ]),
    );
    expect(all.facets.status).toEqual([{ value: 'proposed', count: 2 }]);
    expect((await find('domain=sales&domain=logistics&status=proposed')).total).toBe(2);
    expect((await find('domain=sales&classification=public')).total).toBe(0);

    const suggested = await mesh.search.get<{ items: { domain: string; name: string }[] }>('/v1/suggest?prefix=ship');
    const suggestions = expectStatus(suggested, 200).items;
    expect(suggested.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await mesh.search.get('/v1/search?q=orders')).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    expect(suggestions.map((entry) => `${entry.domain}/${entry.name}`)).toContain('logistics/shipments');
  });

  it('pages through every match with the cursor', async () => {
    for (let index = 0; index < 5; index++) {
      await mesh.apply(variant('sales-orders.yaml', { name: `orders-copy-${index}`, title: `Orders copy ${index}` }));
    }
    await until(async () => (await find('domain=sales')).total === 6, 'six sales products');
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Result = await find(`domain=sales&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`);
      keys.push(...page.items.map((hit) => hit.key));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(6);
    expect(keys).toEqual([...keys].sort());
    // `q=*` means everything, as leaving q out does.
    expect((await find('domain=sales&q=*')).total).toBe(6);
  });

  it('follows lifecycle, quality, SLA and alert events', async () => {
    const product = { domain: 'sales', name: 'orders', version: '1.4.0' };
    const subject = 'urn:mesh:product:sales:orders';
    await mesh.publish('governance.decision.made', subject, {
      decisionId: randomUUID(),
      product,
      outcome: 'approved',
      trigger: 'proposal',
      evaluations: [],
    });
    await mesh.publish('quality.check.completed', subject, {
      runId: randomUUID(),
      product,
      port: 'orders',
      snapshotId: null,
      results: [],
      score: 0.97,
    });
    await mesh.publish('quality.sla.breached', subject, {
      product,
      sla: 'freshness',
      objective: 3_600_000,
      observed: 7_200_000,
      breachedSince: Date.now(),
    });
    const alertId = randomUUID();
    await mesh.publish('quality.alert.raised', subject, {
      alertId,
      product,
      kind: 'freshness',
      severity: 'critical',
      ruleId: null,
      message: 'orders are two hours late',
    });
    const state = async () => JSON.stringify(await hitOf('', 'sales/orders'));
    await eventually(
      async () =>
        // Once approved, the registry starts provisioning at once.
        (
          await hitOf(
            'status=approved&status=provisioning&qualityTier=gold&slaStatus=breached&sort=quality',
            'sales/orders',
          )
        )?.openAlerts === 1,
      async () => `sales/orders approved, gold, breached, with an open alert: ${await state()}`,
      60_000,
    );

    await mesh.publish('quality.alert.resolved', subject, { alertId, product, resolution: 'caught up' });
    await mesh.publish('quality.sla.restored', subject, {
      product,
      sla: 'freshness',
      observed: 600_000,
      breachDurationMs: 3_600_000,
    });
    await eventually(
      async () => (await hitOf('slaStatus=met', 'sales/orders'))?.openAlerts === 0,
      async () => `sales/orders SLA met, no open alert: ${await state()}`,
      60_000,
    );
  });

  it('says a product with a freshness SLA meets it as soon as its first data arrives, before quality says more', async () => {
    expect((await hitOf('domain=logistics', 'logistics/shipments'))?.slaStatus).toBe('unknown');
    const product = { domain: 'logistics', name: 'shipments', version: '1.0.3' };
    await mesh.publish('data.published', 'urn:mesh:product:logistics:shipments', {
      product,
      port: 'shipments',
      snapshotId: '1',
      rowsAdded: 10,
      rowsTotal: 10,
      committedAt: Date.now(),
      source: 'catalog',
      runId: null,
      table: 'logistics.shipments',
      metadataLocation: null,
      operation: 'append',
      filesAdded: 1,
      filesTotal: 1,
    });
    await until(
      async () => (await hitOf('domain=logistics&slaStatus=met', 'logistics/shipments')) !== undefined,
      'logistics/shipments meets its SLA once data arrived',
    );
  });

  it('shows restricted products to everyone, their details only to those with access', async () => {
    await mesh.apply(example('sales-customers.yaml'));
    const principal = await consumer('analyst');
    const { token } = principal;
    await until(async () => (await hitOf('q=customers', 'sales/customers')) !== undefined, 'customers indexed');

    const refused = await mesh.search.as(token).post<ErrorReply>('/v1/admin/drift-check');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('platform-admin');

    const asAdmin = (await hitOf('q=customers', 'sales/customers')) as Hit;
    expect(asAdmin.access).toBe('granted');
    expect(asAdmin.description).toContain('contact details');

    const asAnalyst = (await hitOf('q=customers', 'sales/customers', token)) as Hit;
    expect(asAnalyst).toMatchObject({ access: 'restricted', title: 'Customers' });
    expect(asAnalyst.description).toBeUndefined();
    expect(asAnalyst.schema).toBeUndefined();
    // Neither its description nor its schema gives a restricted product away.
    expect(await hitOf('q=consented%20marketing', 'sales/customers', token)).toBeUndefined();
    expect(await hitOf('q=consented%20marketing', 'sales/customers')).toBeDefined();
    expect(await hitOf('field=email', 'sales/customers', token)).toBeUndefined();
    expect(await hitOf('field=email', 'sales/customers')).toBeDefined();

    const request = expectStatus(
      await mesh.admin.post<{ id: string }>('/v1/products/sales/customers/access-requests', {
        purpose: 'fraud investigation',
        until: new Date(Date.now() + 86_400_000).toISOString(),
        principal: principal.id,
      }),
      201,
    );
    expectStatus(await mesh.admin.post(`/v1/access-requests/${request.id}/approve`, {}), 200);
    await until(
      async () => (await hitOf('field=email', 'sales/customers', token))?.access === 'granted',
      'the analyst sees sales/customers once granted',
    );
    expect((await hitOf('q=customers', 'sales/customers'))?.consumerCount).toBe(1);
  });

  it('keeps a product that was never published, only rejected, to its domain unless asked for by status', async () => {
    await mesh.apply(variant('sales-orders.yaml', { name: 'orders-refused', title: 'Refused orders' }));
    const product = { domain: 'sales', name: 'orders-refused', version: '1.4.0' };
    await mesh.publish('governance.decision.made', 'urn:mesh:product:sales:orders-refused', {
      decisionId: randomUUID(),
      product,
      outcome: 'rejected',
      trigger: 'proposal',
      evaluations: [],
    });
    await until(
      async () => (await hitOf('q=refused', 'sales/orders-refused'))?.status === 'rejected',
      'the rejection indexed',
    );
    const { token } = await consumer('browser');
    expect(await hitOf('q=refused', 'sales/orders-refused', token)).toBeUndefined();
    expect(await hitOf('q=refused&status=rejected', 'sales/orders-refused', token)).toMatchObject({
      status: 'rejected',
    });
  });

  it('shows lineage neighbours as lineage names products, { domain, name }, beside the datasets no product publishes', async () => {
    const raw = 'urn:mesh:dataset:warehouse:raw_shipments';
    await mesh.publish('lineage.edges.changed', 'urn:mesh:product:logistics:shipments', {
      added: [
        { upstream: raw, downstream: 'urn:mesh:product:logistics:shipments:1.0.0' },
        { upstream: 'urn:mesh:product:logistics:shipments', downstream: 'urn:mesh:product:finance:revenue' },
      ],
      removed: [],
    });
    await until(
      async () => (await hitOf('domain=logistics', 'logistics/shipments'))?.downstream.length === 1,
      'the lineage edges indexed',
    );
    expect(await hitOf('domain=logistics', 'logistics/shipments')).toMatchObject({
      upstream: [{ urn: raw, domain: null, name: null }],
      downstream: [{ urn: 'urn:mesh:product:finance:revenue', domain: 'finance', name: 'revenue' }],
    });
  });

  it('answers malformed query parameters with 400 naming each parameter', async () => {
    const pointers = async (path: string) => {
      const reply = await mesh.search.get<ErrorReply>(path);
      expect(reply.status).toBe(400);
      return reply.body.error.details?.map((detail) => detail.pointer).sort();
    };
    expect(await pointers('/v1/search?limit=0&status=shipped')).toEqual(['/limit', '/status']);
    expect(await pointers('/v1/search?limit=abc')).toEqual(['/limit']);
    expect(await pointers('/v1/search?colour=red')).toEqual(['/colour']);
    expect(await pointers('/v1/search?cursor=not-a-cursor')).toEqual(['/cursor']);
    expect(await pointers('/v1/search?sort=relevance')).toEqual(['/sort']);
    expect(await pointers('/v1/search?qualityTier=platinum&slaStatus=fine')).toEqual(['/qualityTier', '/slaStatus']);
    expect(await pointers('/v1/suggest')).toEqual(['/prefix']);
    const name = (await find('sort=name&limit=1')).nextCursor as string;
    expect(await pointers(`/v1/search?sort=updated&cursor=${name}`)).toEqual(['/cursor']);

    expect((await mesh.search.as(undefined).get('/v1/search?q=orders')).status).toBe(401);
  });

  it('rebuilds into a new index and swaps the alias while searches keep answering', async () => {
    const before = (await find('')).total;
    let searching = true;
    const statuses: number[] = [];
    const totals: number[] = [];
    const searches = (async () => {
      while (searching) {
        const reply = await mesh.search.get<Result>('/v1/search');
        statuses.push(reply.status);
        if (reply.status === 200) totals.push(reply.body.total);
      }
    })();
    const report = expectStatus(await mesh.search.post<{ index: string; products: number }>('/v1/admin/rebuild'), 200);
    searching = false;
    await searches;
    expect(report.products).toBe(before);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(totals.every((total) => total === before)).toBe(true);
    const aliases = (await (await fetch(`http://127.0.0.1:9200/_alias/${mesh.indexPrefix}-products`)).json()) as object;
    expect(Object.keys(aliases)).toEqual([report.index]);
    // The signals recorded from events survive a rebuild.
    expect((await hitOf('q=orders', 'sales/orders'))?.qualityTier).toBe('gold');
  });

  it('repairs drift between the index and the registry on demand (platform admins only)', async () => {
    const removed = await fetch(
      `http://127.0.0.1:9200/${mesh.indexPrefix}-products/_doc/${encodeURIComponent('logistics/shipments')}?refresh=true`,
      { method: 'DELETE' },
    );
    expect(removed.status).toBe(200);
    const report = expectStatus(
      await mesh.search.post<{ drift: number; missing: number }>('/v1/admin/drift-check'),
      200,
    );
    expect(report).toMatchObject({ drift: 1, missing: 1 });
    await until(async () => (await find('domain=logistics')).total === 1, 'logistics/shipments indexed again');
    expect(expectStatus(await mesh.search.post<{ drift: number }>('/v1/admin/drift-check'), 200).drift).toBe(0);
    const metrics = await (await fetch(`${mesh.service().url}/metrics`)).text();
    expect(metrics).toMatch(/^search_index_drift 0$/m);
  });

  it('answers repeated searches from its cache, and shows writes it did not make once their time to live is up', async () => {
    // A second instance: whatever the first indexes, and whatever tools write, this one learns only by asking again.
    const other = await mesh.startInstance({ SEARCH_CACHE_TTL_MS: '300' });
    const search = new HttpApi(other.url, mesh.search.token);
    const word = `z${randomUUID().slice(0, 8)}`;
    const matches = async () => expectStatus(await search.get<Result>(`/v1/search?q=${word}`), 200).total;
    const cacheHits = async () => {
      const metrics = await (await fetch(`${other.url}/metrics`)).text();
      return Number(/^search_cache_requests_total\{endpoint="search",outcome="hit"\} (\d+)$/m.exec(metrics)?.[1] ?? 0);
    };

    const hitsBefore = await cacheHits();
    expect(await matches()).toBe(0);
    expect(await matches()).toBe(0);
    expect(await cacheHits()).toBeGreaterThan(hitsBefore);

    const updated = await fetch(
      `${stack.openSearchUrl()}/${mesh.indexPrefix}-products/_update/${encodeURIComponent('sales/orders')}?refresh=true`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ doc: { tags: [word] } }),
      },
    );
    expect(updated.status).toBe(200);
    await eventually(
      async () => (await matches()) === 1,
      () => `a write made outside the instance was never searchable there:\n${other.output().slice(-3000)}`,
      5_000,
    );
  });
});
