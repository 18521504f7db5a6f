import type { RoleGrant } from '@mesh/platform';
import type { MeshEvent } from '@mesh/contracts';
import {
  ADMIN_TOKEN,
  cleanOrder as clean,
  createPrincipal,
  commitOrders,
  eventually,
  firstOrdersCommit,
  type Operation,
  ordersProduct as product,
  type QualityMesh,
  type Row,
  startQualityMesh,
  uniqueName,
} from '@mesh/testing';
import { SnapshotFiles } from '../src/checks/snapshot-files';
import { CatalogClient } from '../src/iceberg/catalog-client';
import { LOCAL_FILES } from '../src/iceberg/warehouse-files';
import { rulesOf } from '../src/rules/check-rule';
import { evaluateRules } from '../src/rules/rule-evaluator';

describe('quality checks on the real stack', () => {
  let mesh: QualityMesh;

  beforeAll(async () => {
    mesh = await startQualityMesh('checks', { SLA_CHECK_INTERVAL_MS: '250' });
  }, 180_000);

  afterAll(async () => {
    await mesh?.close();
  });

  const qualityApi = <T>(method: string, path: string, body?: unknown, token?: string | null) =>
    mesh.call<T>(mesh.qualityUrl, method, path, body, token);
  const commit = (name: string, operations: Operation[]) => commitOrders(mesh, name, operations);
  const firstCommit = async (name: string, rows: Row[]) => {
    const published = await firstOrdersCommit(mesh, name, rows);
    expect(published.payload.product).toEqual({ domain: 'sales', name, version: '1.0.0' });
    return published;
  };

  const checkOf = (published: MeshEvent<'data.published'>) =>
    mesh.awaitEvent('quality.check.completed', (event) => event.payload.snapshotId === published.payload.snapshotId);

  it('opens an alert within 5 s of a commit with nulls in a required field, counts repeats, and resolves it when corrected', async () => {
    await mesh.publishProduct(product('orders'));
    const good = await firstCommit('orders', [clean('o1'), clean('o2')]);
    const passed = await checkOf(good);
    expect(passed.payload.score).toBe(1);
    expect(passed.payload.results).toEqual(
      expect.arrayContaining([
        { ruleId: 'orders.status.required', observed: 0, threshold: 0, outcome: 'pass', message: null },
        { ruleId: 'orders-not-empty', observed: 2, threshold: 0, outcome: 'pass', message: null },
      ]),
    );

    const bad = await commit('orders', [{ append: [{ order_id: 'o3', status: null, total: 5 }] }]);
    const raised = await mesh.awaitEvent(
      'quality.alert.raised',
      (event) => event.payload.ruleId === 'orders.status.required',
    );
    expect(raised.occurredAt - bad.payload.committedAt).toBeLessThanOrEqual(5_000);
    expect(raised.payload).toMatchObject({
      product: { domain: 'sales', name: 'orders', version: '1.0.0' },
      kind: 'quality',
      severity: 'critical',
    });
    expect(raised.payload.message).toContain('observed 1, must be 0');
    expect(raised.causationId).toBe(bad.eventId);
    const failed = await checkOf(bad);
    expect(failed.payload.results).toEqual(
      expect.arrayContaining([
        {
          ruleId: 'orders.status.required',
          observed: 1,
          threshold: 0,
          outcome: 'fail',
          message: 'observed 1, must be 0',
        },
      ]),
    );
    expect(failed.payload.score).toBeCloseTo(4 / 6);

    const open = await qualityApi<{ items: { id: string; ruleKey: string; state: string; raisedCount: number }[] }>(
      'GET',
      '/v1/products/sales/orders/alerts',
    );
    expect(open.body.items).toEqual([
      expect.objectContaining({
        id: raised.payload.alertId,
        ruleKey: 'orders.status.required',
        state: 'open',
        raisedCount: 1,
      }),
    ]);

    // Another bad snapshot raises the same alert again: counted, not announced twice.
    const worse = await commit('orders', [{ append: [{ order_id: 'o4', status: null, total: 5 }] }]);
    await checkOf(worse);
    await eventually(
      async () =>
        (await qualityApi<{ items: { raisedCount: number }[] }>('GET', '/v1/products/sales/orders/alerts')).body
          .items[0]?.raisedCount === 2,
      () => 'the open alert was not re-raised',
    );
    expect(
      mesh.events().filter((event) => event.type === 'quality.alert.raised' && event.payload.product.name === 'orders'),
    ).toHaveLength(1);

    const fixed = await commit('orders', [{ overwrite: [clean('o1'), clean('o3'), clean('o4')] }]);
    const resolved = await mesh.awaitEvent(
      'quality.alert.resolved',
      (event) => event.payload.alertId === raised.payload.alertId,
    );
    expect(resolved.payload.resolution).toBeNull();
    expect(resolved.causationId).toBe(fixed.eventId);
    expect((await qualityApi<{ items: unknown[] }>('GET', '/v1/products/sales/orders/alerts')).body.items).toEqual([]);

    const history = await qualityApi<{
      items: { outcome: string; observed: number; snapshotId: string }[];
      nextCursor: string | null;
    }>('GET', '/v1/products/sales/orders/results?rule=orders.status.required&limit=3');
    expect(history.body.items.map((item) => [item.snapshotId, item.outcome, item.observed])).toEqual([
      [fixed.payload.snapshotId, 'pass', 0],
      [worse.payload.snapshotId, 'fail', 2],
      [bad.payload.snapshotId, 'fail', 1],
    ]);
    expect(history.body.nextCursor).not.toBeNull();
    const older = await qualityApi<{ items: { snapshotId: string }[] }>(
      'GET',
      `/v1/products/sales/orders/results?rule=orders.status.required&limit=3&cursor=${history.body.nextCursor}`,
    );
    expect(older.body.items.map((item) => item.snapshotId)).toContain(good.payload.snapshotId);

    const score = await qualityApi<{ version: string; score: number; rules: { ruleId: string; outcome: string }[] }>(
      'GET',
      '/v1/products/sales/orders/score',
    );
    expect(score.body).toMatchObject({ version: '1.0.0', score: 1 });
    expect(score.body.rules.map((rule) => rule.ruleId).sort()).toEqual([
      'orders-not-empty',
      'orders.order_id.required',
      'orders.status.required',
    ]);
  });

  it('reads a snapshot through the catalog when an event names no metadata file', async () => {
    const latest = await commit('orders', [{ append: [clean('o9')] }]);
    const files = new SnapshotFiles(new CatalogClient(mesh.catalogUrl, ADMIN_TOKEN), LOCAL_FILES);
    const located = await files.locate({ table: 'sales.orders', metadataLocation: null, snapshotId: null });
    expect(located?.snapshotId).toBe(latest.payload.snapshotId);
    const data = await files.dataFiles(located!.snapshot);
    expect(data.length).toBeGreaterThan(0);
    const [rows] = await evaluateRules({
      table: 'orders',
      files: data,
      rules: rulesOf({
        schema: [],
        quality: [{ id: 'rows', table: 'orders', metric: 'rowCount', mustBe: 4, severity: 'blocking' }],
      }),
      sqlTimeoutMs: 10_000,
    });
    expect(rows).toEqual({ ruleId: 'rows', observed: 4, outcome: 'pass', message: null });
  });

  it('lets the owning domain acknowledge an alert, and refuses others with the right named', async () => {
    await mesh.publishProduct(product('returns'));
    await firstCommit('returns', [{ order_id: 'r1', status: null, total: 1 }]);
    const raised = await mesh.awaitEvent(
      'quality.alert.raised',
      (event) => event.payload.product.name === 'returns' && event.payload.ruleId === 'returns.status.required',
    );
    const path = `/v1/alerts/${raised.payload.alertId}/acknowledge`;

    expect((await qualityApi('POST', path, {}, null)).status).toBe(401);
    await mesh.call(mesh.registry.serviceUrl, 'POST', '/v1/domains', {
      name: 'logistics',
      title: 'Logistics',
      owningTeam: 'team-logistics',
    });
    const outsider = await serviceToken([{ role: 'domain-owner', domain: 'logistics' }]);
    const refused = await qualityApi<{ error: { message: string } }>('POST', path, {}, outsider);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("domain 'sales'");
    const malformed = await qualityApi<{ error: { details: { pointer: string }[] } }>('POST', path, { note: 7 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].pointer).toBe('/note');
    expect(
      (await qualityApi<{ error: { details: { pointer: string }[] } }>('POST', '/v1/alerts/nope/acknowledge', {})).body
        .error.details[0].pointer,
    ).toBe('/id');

    const owner = await serviceToken([{ role: 'domain-member', domain: 'sales' }]);
    const acknowledged = await qualityApi<{ state: string; acknowledgementNote: string }>(
      'POST',
      path,
      { note: 'backfill running' },
      owner,
    );
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ state: 'acknowledged', acknowledgementNote: 'backfill running' });
    const event = await mesh.awaitEvent(
      'quality.alert.acknowledged',
      (candidate) => candidate.payload.alertId === raised.payload.alertId,
    );
    expect(event.payload.note).toBe('backfill running');

    // Retiring the version closes what is left open of it.
    await mesh.publish('product.version.retired', 'urn:mesh:product:sales:returns', {
      product: { domain: 'sales', name: 'returns', version: '1.0.0' },
      reason: null,
    });
    const closed = await mesh.awaitEvent(
      'quality.alert.resolved',
      (candidate) => candidate.payload.alertId === raised.payload.alertId,
    );
    expect(closed.payload.resolution).toBe('version 1.0.0 retired');
    expect((await qualityApi<{ items: unknown[] }>('GET', '/v1/products/sales/returns/alerts')).body.items).toEqual([]);
  });

  it('breaches a freshness SLA on time when the pipeline stops publishing, and recovers when data arrives', async () => {
    await mesh.publishProduct(product('tracking', { sla: { freshness: { maxDelay: '3s', port: 'tracking' } } }));
    const last = await firstCommit('tracking', [clean('t1')]);
    // A pipeline that committed and then stopped: nothing more until the breach.
    const breached = await mesh.awaitEvent(
      'quality.sla.breached',
      (event) => event.payload.product.name === 'tracking' && event.payload.breachedSince >= last.payload.committedAt,
      20_000,
    );
    expect(breached.payload).toMatchObject({ sla: 'freshness', objective: 3_000 });
    expect(breached.payload.breachedSince).toBe(last.payload.committedAt + 3_000);
    expect(breached.occurredAt).toBeGreaterThanOrEqual(last.payload.committedAt + 3_000);
    expect(breached.payload.observed).toBeGreaterThan(3_000);
    const alerts = await qualityApi<{ items: { kind: string; ruleKey: string }[] }>(
      'GET',
      '/v1/products/sales/tracking/alerts',
    );
    expect(alerts.body.items).toEqual([expect.objectContaining({ kind: 'freshness', ruleKey: 'freshness:tracking' })]);
    const sla = await qualityApi<{ status: string; ports: { port: string; breachedSince: string }[] }>(
      'GET',
      '/v1/products/sales/tracking/sla',
    );
    expect(sla.body).toMatchObject({
      status: 'breached',
      ports: [
        { port: 'tracking', status: 'breached', breachedSince: new Date(breached.payload.breachedSince).toISOString() },
      ],
    });

    const arrived = await commit('tracking', [{ append: [clean('t2')] }]);
    const restored = await mesh.awaitEvent(
      'quality.sla.restored',
      (event) => event.payload.product.name === 'tracking',
    );
    expect(restored.payload.sla).toBe('freshness');
    expect(restored.payload.breachDurationMs).toBeGreaterThanOrEqual(
      arrived.payload.committedAt - breached.payload.breachedSince - 1_000,
    );
    await eventually(
      async () =>
        (await qualityApi<{ items: unknown[] }>('GET', '/v1/products/sales/tracking/alerts')).body.items.length === 0,
      () => 'the freshness alert was not resolved',
    );
  });

  it("answers a product's SLA status: unknown before its first data, met as soon as fresh data arrives", async () => {
    await mesh.publishProduct(product('parcels', { sla: { freshness: { maxDelay: '1h' }, availability: '99.5%' } }));
    const slaOf = () =>
      qualityApi<{ status: string; freshness: string; availability: string; ports: Record<string, unknown>[] }>(
        'GET',
        '/v1/products/sales/parcels/sla',
      );
    await eventually(
      async () => (await slaOf()).status === 200,
      () => 'quality never monitored sales/parcels',
    );
    expect((await slaOf()).body).toMatchObject({
      status: 'unknown',
      freshness: '1h',
      availability: '99.5%',
      ports: [{ port: 'parcels', status: 'unknown', lastDataAt: null, breachedSince: null }],
    });
    const published = await firstCommit('parcels', [clean('p1')]);
    await eventually(
      async () => (await slaOf()).body.status === 'met',
      async () => JSON.stringify((await slaOf()).body),
    );
    expect((await slaOf()).body.ports).toEqual([
      expect.objectContaining({
        port: 'parcels',
        status: 'met',
        lastDataAt: new Date(published.payload.committedAt).toISOString(),
      }),
    ]);
    const unknown = await qualityApi<{ error: { code: string } }>('GET', '/v1/products/sales/no-such-product/sla');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'product_not_monitored' } } });
  });

  it('rejects SQL rules that write, COPY or read files, with a clear reason', async () => {
    const sqlRule = (id: string, query: string) => ({
      id,
      table: 'audits',
      type: 'sql',
      query,
      mustBe: 0,
      severity: 'blocking',
    });
    await mesh.publishProduct(
      product('audits', {
        quality: [
          sqlRule('writes', 'DELETE FROM ${table} WHERE total < 0'),
          sqlRule('copies', "COPY ${table} TO '/tmp/stolen.csv'"),
          sqlRule('reads-file', "SELECT COUNT(*) FROM read_csv('/etc/passwd')"),
          sqlRule('reads-path', "SELECT COUNT(*) FROM '/etc/hostname'"),
          sqlRule('negative', 'SELECT COUNT(*) FROM ${table} WHERE total < 0'),
        ],
      }),
    );
    const published = await firstCommit('audits', [clean('a1'), { order_id: 'a2', status: 'paid', total: -3 }]);
    const check = await checkOf(published);
    const byRule = new Map(check.payload.results.map((result) => [result.ruleId, result]));
    expect(byRule.get('writes')).toMatchObject({
      outcome: 'error',
      message: expect.stringContaining('rejected: DELETE statements are not allowed'),
    });
    expect(byRule.get('copies')).toMatchObject({
      outcome: 'error',
      message: expect.stringContaining('rejected: COPY statements are not allowed'),
    });
    expect(byRule.get('reads-file')).toMatchObject({
      outcome: 'error',
      message: expect.stringContaining('rejected: the table function read_csv() is not allowed'),
    });
    expect(byRule.get('reads-path')).toMatchObject({
      outcome: 'error',
      message: expect.stringContaining("rejected: the query reads '/etc/hostname'"),
    });
    expect(byRule.get('negative')).toEqual({
      ruleId: 'negative',
      observed: 1,
      threshold: 0,
      outcome: 'fail',
      message: 'observed 1, must be 0',
    });

    const history = await qualityApi<{ items: { ruleId: string; message: string | null }[] }>(
      'GET',
      '/v1/products/sales/audits/results?rule=copies',
    );
    expect(history.body.items[0].message).toContain('COPY statements are not allowed');
  });

  it('records results a pipeline computed itself (forwarded by the lineage service) beside ours, outside the score', async () => {
    const runId = uniqueName('openlineage-run');
    await mesh.publish('quality.check.completed', 'urn:mesh:product:sales:orders', {
      runId,
      product: { domain: 'sales', name: 'orders', version: '1.0.0' },
      port: 'orders',
      snapshotId: null,
      results: [
        {
          ruleId: 'not_null:customer_id',
          observed: null,
          threshold: null,
          outcome: 'fail',
          message: 'assertion not_null failed',
        },
      ],
      score: 0,
    });
    await eventually(
      async () =>
        (await qualityApi<{ external: unknown[] }>('GET', '/v1/products/sales/orders/score')).body.external.length ===
        1,
      () => 'the external result was not recorded',
    );
    const score = await qualityApi<{ score: number; external: { ruleId: string; outcome: string; source: string }[] }>(
      'GET',
      '/v1/products/sales/orders/score',
    );
    expect(score.body.score).toBe(1);
    expect(score.body.external).toEqual([
      expect.objectContaining({ ruleId: 'not_null:customer_id', outcome: 'fail', source: 'external' }),
    ]);
    const history = await qualityApi<{ items: { source: string }[] }>(
      'GET',
      '/v1/products/sales/orders/results?rule=not_null:customer_id',
    );
    expect(history.body.items).toEqual([expect.objectContaining({ source: 'external' })]);
    expect((await qualityApi<{ items: unknown[] }>('GET', '/v1/products/sales/orders/alerts')).body.items).toEqual([]);
  });

  it('answers malformed queries with 400 naming the field, and unknown products with 404', async () => {
    const malformed = await qualityApi<{ error: { details: { pointer: string }[] } }>(
      'GET',
      '/v1/products/sales/orders/results?limit=0',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].pointer).toBe('/limit');
    expect((await qualityApi('GET', '/v1/products/sales/nothing/score')).status).toBe(404);
    expect((await qualityApi('GET', '/v1/products/sales/orders/score', undefined, null)).status).toBe(401);
  });

  /** A service principal with the roles, and its token, created through the registry. */
  async function serviceToken(roles: RoleGrant[]): Promise<string> {
    const { token } = await createPrincipal(mesh.registryAdmin, roles, {
      kind: 'service',
      name: uniqueName('principal'),
    });
    return token;
  }
});
