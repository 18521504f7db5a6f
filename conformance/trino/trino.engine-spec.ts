/**
 * A third-party engine: Trino 476 (the stack's, `MESH_TRINO=1`) with an Iceberg catalog on the platform's REST
 * catalog, its warehouse in the stack's S3 store, queried through Trino's Python client. Each principal queries with
 * its own mesh token (Trino's extra credential `token`, passed to the catalog with `session=USER`), so the catalog
 * decides what it reads and writes; Trino's file system holds the store's keys, since Trino cannot sign remotely.
 * The quality service runs beside the catalog: every Trino write is a commit, announced and checked.
 */
import type { MeshEvent } from '@mesh/contracts';
import {
  createPrincipal,
  createTrinoCatalog,
  ordersProduct,
  requireTrino,
  startQualityMesh,
  trinoQuery,
  trinoRows,
  type QualityMesh,
  type TrinoCatalog,
  type TrinoUser,
} from '@mesh/testing';

describe('Trino → the catalog (Iceberg REST) on S3', () => {
  let mesh: QualityMesh;
  let trino: TrinoCatalog;
  const users: Record<'salesOwner' | 'crmOwner' | 'analyst' | 'outsider', TrinoUser> = {} as never;

  /** A principal of the registry with these roles, as a Trino user named after it. */
  const principal = async (name: string, roles: { role: string; domain?: string }[]): Promise<TrinoUser> => {
    const { token } = await createPrincipal(mesh.registryAdmin, roles as never, { name });
    return { user: name, token };
  };
  /** The quality check of the snapshot that added rows to `table` (Trino's CREATE TABLE commits an empty one first). */
  const checked = (table: string) =>
    mesh
      .awaitEvent('data.published', (event) => event.payload.table === table && event.payload.rowsAdded > 0)
      .then((published) =>
        mesh.awaitEvent(
          'quality.check.completed',
          (check: MeshEvent<'quality.check.completed'>) => check.payload.snapshotId === published.payload.snapshotId,
        ),
      );

  beforeAll(async () => {
    await requireTrino();
    mesh = await startQualityMesh('trino', {}, 's3');
    // Two products of two domains, in the same shape: orders, and the refunds of some of them.
    for (const [domain, name] of [
      ['sales', 'orders'],
      ['crm', 'refunds'],
    ]) {
      const descriptor = ordersProduct(name);
      descriptor.metadata.domain = domain;
      await mesh.publishProduct(descriptor);
    }
    users.salesOwner = await principal('sales-owner', [{ role: 'domain-owner', domain: 'sales' }]);
    users.crmOwner = await principal('crm-owner', [{ role: 'domain-owner', domain: 'crm' }]);
    users.analyst = await principal('analyst', [{ role: 'consumer' }]);
    users.outsider = await principal('outsider', [{ role: 'consumer' }]);
    // Trino's own principal holds no grant: what Trino asks outside a user's query reads nothing.
    const engine = await principal('trino', [{ role: 'consumer' }]);
    trino = await createTrinoCatalog(mesh.catalogUrl, engine.token!);
  }, 300_000);
  afterAll(async () => {
    await trino?.drop();
    await mesh?.close();
  });

  it("lets each owner create and INSERT into its own domain's table: each a commit, announced and quality-checked", async () => {
    const ordersChecked = checked('sales.orders');
    const created = await trinoQuery(users.salesOwner, [
      `CREATE SCHEMA IF NOT EXISTS ${trino.name}.sales`,
      `CREATE TABLE ${trino.name}.sales.orders (order_id varchar NOT NULL, status varchar NOT NULL, total double)`,
      `INSERT INTO ${trino.name}.sales.orders VALUES ('o-1', 'paid', 10.0), ('o-2', 'placed', 25.5), ('o-3', 'paid', 7.25), ('o-4', 'paid', 99.0)`,
    ]);
    expect(created.map((answer) => answer.error)).toEqual([undefined, undefined, undefined]);
    const refundsChecked = checked('crm.refunds');
    const refunds = await trinoQuery(users.crmOwner, [
      `CREATE SCHEMA IF NOT EXISTS ${trino.name}.crm`,
      `CREATE TABLE ${trino.name}.crm.refunds (order_id varchar NOT NULL, status varchar NOT NULL, total double)`,
      `INSERT INTO ${trino.name}.crm.refunds VALUES ('o-1', 'refunded', 10.0), ('o-4', 'refunded', 50.0)`,
    ]);
    expect(refunds.map((answer) => answer.error)).toEqual([undefined, undefined, undefined]);

    const [orders, refunded] = await Promise.all([ordersChecked, refundsChecked]);
    expect(orders.payload).toMatchObject({ product: { domain: 'sales', name: 'orders' }, score: 1 });
    expect(refunded.payload).toMatchObject({ product: { domain: 'crm', name: 'refunds' }, score: 1 });
    // Another domain's table is not the owner's to write.
    const [foreign] = await trinoQuery(users.crmOwner, [
      `INSERT INTO ${trino.name}.sales.orders VALUES ('o-9', 'paid', 1.0)`,
    ]);
    expect(foreign.error?.message).toContain("domain-owner or domain-member of domain 'sales'");
  });

  it('answers a grant holder SELECTs with predicates and a join across two domains products', async () => {
    for (const product of ['sales/orders', 'crm/refunds']) {
      const requested = await mesh.call(
        mesh.registry.serviceUrl,
        'POST',
        `/v1/products/${product}/access-requests`,
        { purpose: 'refund analysis', until: new Date(Date.now() + 86_400_000).toISOString() },
        users.analyst.token,
      );
      expect(requested.status).toBe(201);
    }
    const join = `SELECT o.order_id, o.total, r.total AS refunded
      FROM ${trino.name}.sales.orders o JOIN ${trino.name}.crm.refunds r ON r.order_id = o.order_id
      WHERE o.status = 'paid' AND o.total > 5 ORDER BY o.order_id`;
    // The grants reach the catalog by event: the analyst reads once they have.
    let answer = (await trinoQuery(users.analyst, [join]))[0];
    for (let attempt = 0; answer.error !== undefined && attempt < 60; attempt++) {
      await new Promise((wait) => setTimeout(wait, 1000));
      answer = (await trinoQuery(users.analyst, [join]))[0];
    }
    expect(answer).toEqual({
      columns: ['order_id', 'total', 'refunded'],
      rows: [
        ['o-1', 10, 10],
        ['o-4', 99, 50],
      ],
    });
    expect(
      await trinoRows(users.analyst, `SELECT count(*) FROM ${trino.name}.sales.orders WHERE status <> 'paid'`),
    ).toEqual([[1]]);
  });

  it('refuses a read without a grant, even right after a grant holder read the same table', async () => {
    const [denied] = await trinoQuery(users.outsider, [`SELECT * FROM ${trino.name}.sales.orders`]);
    expect(denied.error?.message).toContain('a grant on product sales/orders');
  });
});
