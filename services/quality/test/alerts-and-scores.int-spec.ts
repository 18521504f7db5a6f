import type { MeshEvent } from '@mesh/contracts';
import {
  cleanOrder as clean,
  commitOrders,
  firstOrdersCommit,
  ordersProduct,
  type QualityMesh,
  startQualityMesh,
} from '@mesh/testing';

interface Alert {
  id: string;
  name: string;
  ruleKey: string;
  kind: string;
  severity: string;
  state: string;
  lastRaisedAt: string;
}

interface AlertPage {
  items: Alert[];
  nextCursor: string | null;
  total: number;
}

interface ScoreSummary {
  domain: string;
  name: string;
  version: string;
  score: number | null;
  openAlerts: number;
  tier: string;
}

interface Problem {
  error: { code: string; details: { pointer: string }[] };
}

/** A rule that fails on these small tables: blocking, so that it raises an alert of its own. */
const tooFewRows = (name: string) => ({
  id: `${name}-big-enough`,
  table: name,
  metric: 'rowCount',
  mustBeGreaterThan: 100,
  severity: 'blocking',
});

const withNullStatus = (id: string) => ({ order_id: id, status: null, total: 1 });

describe('the read API of the GraphQL gateway: the alert list and batch scores', () => {
  let mesh: QualityMesh;
  /** The alerts the setup raised, by product and rule key. */
  const raised = new Map<string, string>();

  const api = <T>(path: string, token?: string | null) => mesh.call<T>(mesh.qualityUrl, 'GET', path, undefined, token);
  const alerts = async (query: string) => {
    const reply = await api<AlertPage>(`/v1/alerts${query}`);
    expect(reply.status).toBe(200);
    return reply.body;
  };
  const pointers = async (path: string) => {
    const reply = await api<Problem>(path);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_input');
    return reply.body.error.details.map((detail) => detail.pointer);
  };
  const raisedFor = async (name: string, ruleKey: string): Promise<MeshEvent<'quality.alert.raised'>> => {
    const event = await mesh.awaitEvent(
      'quality.alert.raised',
      // A freshness alert has no rule id; its key names the port, which is named like the product.
      (candidate) =>
        candidate.payload.product.name === name && (candidate.payload.ruleId ?? `freshness:${name}`) === ruleKey,
    );
    raised.set(`${name} ${ruleKey}`, event.payload.alertId);
    return event;
  };
  /** Two alerts, the required status and the row count, from real snapshots. */
  const publishFailing = async (name: string) => {
    await mesh.publishProduct(ordersProduct(name, { quality: [tooFewRows(name)] }));
    await firstOrdersCommit(mesh, name, [clean(`${name}-1`), withNullStatus(`${name}-2`)]);
    await raisedFor(name, `${name}.status.required`);
    await raisedFor(name, `${name}-big-enough`);
  };

  beforeAll(async () => {
    mesh = await startQualityMesh('reads', { SLA_CHECK_INTERVAL_MS: '250' });
    // ledger: two open alerts, one of them acknowledged.
    await publishFailing('ledger');
    const acknowledged = await mesh.call(
      mesh.qualityUrl,
      'POST',
      `/v1/alerts/${raised.get('ledger ledger.status.required')}/acknowledge`,
      { note: 'fixing the pipeline' },
    );
    expect(acknowledged.status).toBe(200);
    // parcels: the status is fixed, which resolves its alert; the row count still fails.
    await publishFailing('parcels');
    await commitOrders(mesh, 'parcels', [{ overwrite: [clean('parcels-1'), clean('parcels-2')] }]);
    await mesh.awaitEvent(
      'quality.alert.resolved',
      (event) => event.payload.alertId === raised.get('parcels parcels.status.required'),
    );
    // routes: clean data that stops coming, past its freshness SLA.
    await mesh.publishProduct(ordersProduct('routes', { sla: { freshness: { maxDelay: '2s', port: 'routes' } } }));
    await firstOrdersCommit(mesh, 'routes', [clean('routes-1')]);
    await raisedFor('routes', 'freshness:routes');
    // idle: monitored, never checked.
    await mesh.publishProduct(ordersProduct('idle'));
  }, 240_000);

  afterAll(async () => {
    await mesh?.close();
  });

  const id = (product: string, ruleKey: string) => raised.get(`${product} ${ruleKey}`);
  const unresolved = () => [
    id('ledger', 'ledger.status.required'),
    id('ledger', 'ledger-big-enough'),
    id('parcels', 'parcels-big-enough'),
    id('routes', 'freshness:routes'),
  ];

  it('lists the unresolved alerts of the mesh by default, most recently raised first, with their total', async () => {
    const page = await alerts('');
    expect(page.total).toBe(4);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((alert) => alert.id).sort()).toEqual(unresolved().sort());
    const raisedAt = page.items.map((alert) => Date.parse(alert.lastRaisedAt));
    expect(raisedAt).toEqual([...raisedAt].sort((a, b) => b - a));
    expect(page.items.find((alert) => alert.id === id('ledger', 'ledger.status.required'))?.state).toBe('acknowledged');
  });

  it('filters by state, domain and product, severity and kind, values repeated or comma-separated', async () => {
    const ids = async (query: string) => {
      const page = await alerts(query);
      expect(page.total).toBe(page.items.length);
      return page.items.map((alert) => alert.id).sort();
    };
    expect(await ids('?state=acknowledged')).toEqual([id('ledger', 'ledger.status.required')]);
    expect(await ids('?state=resolved')).toEqual([id('parcels', 'parcels.status.required')]);
    expect(await ids('?state=open&state=resolved')).toEqual(
      [
        id('ledger', 'ledger-big-enough'),
        id('parcels', 'parcels-big-enough'),
        id('routes', 'freshness:routes'),
        id('parcels', 'parcels.status.required'),
      ].sort(),
    );
    expect(await ids('?state=open,acknowledged,resolved')).toHaveLength(5);
    expect(await ids('?domain=sales&name=ledger')).toEqual(
      [id('ledger', 'ledger.status.required'), id('ledger', 'ledger-big-enough')].sort(),
    );
    expect(await ids('?domain=sales&name=parcels&state=resolved,open')).toEqual(
      [id('parcels', 'parcels.status.required'), id('parcels', 'parcels-big-enough')].sort(),
    );
    expect(await ids('?domain=sales')).toEqual(unresolved().sort());
    expect(await ids('?domain=finance')).toEqual([]);
    expect(await ids('?kind=freshness')).toEqual([id('routes', 'freshness:routes')]);
    expect(await ids('?kind=quality&kind=freshness')).toEqual(unresolved().sort());
    expect(await ids('?severity=critical')).toEqual(unresolved().sort());
    expect(await ids('?severity=warning,info')).toEqual([]);
  });

  it('pages through every alert without duplicates or gaps while new alerts are raised', async () => {
    const everything = await alerts('?state=open,acknowledged,resolved&limit=200');
    expect(everything.total).toBe(5);

    const first = await alerts('?state=open,acknowledged,resolved&limit=2');
    expect(first).toMatchObject({ total: 5, items: everything.items.slice(0, 2) });
    // Alerts raised between two pages are newer than the cursor: later pages do not shift.
    await publishFailing('stock');
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await alerts(`?state=open,acknowledged,resolved&limit=2&cursor=${cursor}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(7);
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((alert) => alert.id)).toEqual(everything.items.map((alert) => alert.id));

    const now = await alerts('?state=open,acknowledged,resolved&limit=200');
    expect(
      now.items
        .slice(0, 2)
        .map((alert) => alert.id)
        .sort(),
    ).toEqual([id('stock', 'stock.status.required'), id('stock', 'stock-big-enough')].sort());
    expect(now.items.slice(2)).toEqual(everything.items);
  }, 120_000);

  it('answers a malformed query with 400 naming the parameter', async () => {
    const foreign = Buffer.from(JSON.stringify({ after: 1 })).toString('base64url');
    expect(await pointers(`/v1/alerts?cursor=${foreign}`)).toEqual(['/cursor']);
    expect(await pointers('/v1/alerts?cursor=not-a-cursor')).toEqual(['/cursor']);
    expect(await pointers('/v1/alerts?state=closed')).toEqual(['/state']);
    expect(await pointers('/v1/alerts?name=ledger')).toEqual(['/name']);
    expect(await pointers('/v1/alerts?limit=201')).toEqual(['/limit']);
    expect((await api('/v1/alerts', null)).status).toBe(401);
  });

  it('gives the current score of several products in one request, as the single score route does', async () => {
    const batch = await api<{ items: ScoreSummary[] }>(
      '/v1/scores?product=sales/ledger&product=sales/parcels,sales/nothing&product=sales/routes,sales/idle',
    );
    expect(batch.status).toBe(200);
    expect(batch.body.items.map((item) => item.name)).toEqual(['ledger', 'parcels', 'routes', 'idle']);
    for (const item of batch.body.items) {
      const single = await api<{ version: string; score: number | null }>(`/v1/products/sales/${item.name}/score`);
      expect({ version: item.version, score: item.score }).toEqual({
        version: single.body.version,
        score: single.body.score,
      });
    }
    expect(batch.body.items).toEqual([
      // ledger: required status and row count fail, not-empty and required order id pass; all blocking.
      { domain: 'sales', name: 'ledger', version: '1.0.0', score: 0.5, openAlerts: 2, tier: 'bronze' },
      { domain: 'sales', name: 'parcels', version: '1.0.0', score: 0.75, openAlerts: 1, tier: 'bronze' },
      { domain: 'sales', name: 'routes', version: '1.0.0', score: 1, openAlerts: 1, tier: 'gold' },
      { domain: 'sales', name: 'idle', version: '1.0.0', score: null, openAlerts: 0, tier: 'unrated' },
    ]);
  });

  it('refuses a malformed product or too many, naming /product', async () => {
    expect(await pointers('/v1/scores?product=ledger')).toEqual(['/product']);
    expect(await pointers('/v1/scores')).toEqual(['/product']);
    const tooMany = Array.from({ length: 201 }, (_, index) => `sales/p${index}`).join(',');
    expect(await pointers(`/v1/scores?product=${tooMany}`)).toEqual(['/product']);
    expect((await api('/v1/scores?product=sales/ledger', null)).status).toBe(401);
  });

  it('documents both routes in OpenAPI: every parameter, the page and the batch shapes, the 400', async () => {
    const document = await api<{
      paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    }>('/openapi.json');
    const list = document.body.paths['/v1/alerts'].get;
    expect(list.parameters.map((parameter) => parameter.name).sort()).toEqual(
      ['cursor', 'domain', 'kind', 'limit', 'name', 'severity', 'state'].sort(),
    );
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    const batch = document.body.paths['/v1/scores'].get;
    expect(batch.parameters.map((parameter) => parameter.name)).toEqual(['product']);
    expect(Object.keys(batch.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    const { schemas } = document.body.components;
    expect(Object.keys(schemas.AlertPageDto.properties).sort()).toEqual(['items', 'nextCursor', 'total']);
    expect(Object.keys(schemas.ScoreSummaryDto.properties).sort()).toEqual(
      ['domain', 'name', 'openAlerts', 'score', 'tier', 'version'].sort(),
    );
  });
});
