import {
  ADMIN_TOKEN,
  eventually,
  listTopics,
  startMesh,
  uniqueName,
  orderRow,
  writeRows,
  type MeshUnderTest,
} from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The whole mesh at once: a registry, governance, the catalog, provisioning, quality, search and lineage, each a real
 * process (or several, behind a balancer) on a Postgres schema of its own and all on one run's Kafka topics. Nothing
 * here publishes an event in another service's name: the product reaches `published` only if governance approves it
 * and provisioning creates its table through the catalog, and the quality alert exists only if the catalog announced
 * the commit and the quality service checked the snapshot. Every effect is counted: one decision, one flow, one
 * result per rule of the snapshot, one alert, however many instances run.
 */

const REPO = resolve(__dirname, '..');
const DESCRIPTOR = readFileSync(resolve(REPO, 'examples/products/sales-orders.yaml'), 'utf8');
const PRODUCT = { domain: 'sales', name: 'orders', version: '1.4.0' };
const ADDRESS = 'mesh://sales/orders/v1';

interface Reply<T> {
  status: number;
  body: T;
}

async function call<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string | null; contentType?: string } = {},
): Promise<Reply<T>> {
  const { body, token = ADMIN_TOKEN, contentType = 'application/json' } = options;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text, for the failure message
  }
  return { status: response.status, body: parsed as T };
}

interface VersionView {
  version: string;
  state: string;
  provisioning: unknown;
}

interface Resolution {
  version: string;
  state: string;
  outputPorts: {
    name: string;
    type: string;
    address: string;
    iceberg: { catalogUri: string; namespace: string; table: string; identifier: string } | null;
    kafka: { topic: string } | null;
  }[];
}

interface IcebergField {
  name: string;
  required: boolean;
  type: unknown;
}

interface LoadTableResult {
  metadata: { 'current-schema-id': number; schemas: { 'schema-id': number; fields: IcebergField[] }[] };
}

interface SearchHit {
  domain: string;
  name: string;
  status: string;
  openAlerts: number;
  qualityScore: number | null;
  ports: { name: string; address: string | null }[];
}

interface AlertView {
  ruleKey: string;
  kind: string;
  state: string;
  version: string;
}

interface ContractField {
  name: string;
  required?: boolean;
}

export interface WholeMeshRun {
  /** Instances of every service (MESH_REPLICAS for the mesh this run starts). */
  replicas: number;
  /** Where the warehouse is: a local directory, or a prefix of the stack's S3 store (read through the signer). */
  storage: 'local' | 's3';
  /** Called once the product is applied, while governance and provisioning work on it: where a run breaks things. */
  afterApply?(mesh: MeshUnderTest): Promise<void>;
}

export function describeWholeMesh(title: string, run: WholeMeshRun): void {
  describe(title, () => {
    let mesh: MeshUnderTest;
    const logs = () => mesh.logs();
    const url = (name: 'provisioning' | 'quality' | 'search' | 'lineage') => mesh.url(name);

    const versionOf = async (): Promise<VersionView | undefined> => {
      const reply = await call<{ versions?: VersionView[] }>(
        mesh.registry.serviceUrl,
        'GET',
        `/v1/products/${PRODUCT.domain}/${PRODUCT.name}`,
      );
      return reply.body.versions?.find((version) => version.version === PRODUCT.version);
    };
    const searchHit = async (): Promise<SearchHit | undefined> => {
      const reply = await call<{ items?: SearchHit[] }>(url('search'), 'GET', '/v1/search?q=orders');
      return reply.body.items?.find((hit) => hit.domain === PRODUCT.domain && hit.name === PRODUCT.name);
    };
    const resolution = async () =>
      call<Resolution>(mesh.registry.serviceUrl, 'GET', `/v1/resolve?address=${encodeURIComponent(ADDRESS)}`);

    beforeAll(async () => {
      // Read by startService as each process starts; set only while this mesh starts, not for the test files after it.
      const before = process.env.MESH_REPLICAS;
      process.env.MESH_REPLICAS = String(run.replicas);
      try {
        mesh = await startMesh('e2e', {
          services: ['provisioning', 'quality', 'search', 'lineage'],
          storage: run.storage,
        });
      } finally {
        if (before === undefined) delete process.env.MESH_REPLICAS;
        else process.env.MESH_REPLICAS = before;
      }
    }, 240_000 * run.replicas);

    afterAll(async () => {
      await mesh?.stop();
    }, 120_000);

    it('takes a product from apply to published, then catches bad data committed through the catalog', async () => {
      // 1. The domain, and the product as its team applies it.
      const domain = await call(mesh.registry.serviceUrl, 'POST', '/v1/domains', {
        body: { name: 'sales', title: 'Sales', description: 'Orders and customers', owningTeam: 'order-management' },
      });
      expect(domain).toMatchObject({ status: 201 });
      const applied = await call(mesh.registry.serviceUrl, 'PUT', `/v1/products/${PRODUCT.domain}/${PRODUCT.name}`, {
        body: DESCRIPTOR,
        contentType: 'application/yaml',
      });
      expect(applied).toMatchObject({ status: 201 });
      await run.afterApply?.(mesh);

      // 2. Governance approves, provisioning creates the ports through the catalog, the registry publishes.
      await eventually(
        async () => (await versionOf())?.state === 'published',
        async () => `version never published: ${JSON.stringify(await versionOf())}\n${logs()}`,
        120_000,
      );

      // Governance's decision and provisioning's flow say so too.
      const decisions = await call<{ items: { trigger: string; outcome: string }[] }>(
        mesh.governance.serviceUrl,
        'GET',
        `/v1/decisions/${PRODUCT.domain}/${PRODUCT.name}/${PRODUCT.version}`,
      );
      expect(decisions.body.items.filter((decision) => decision.trigger === 'proposal')).toEqual([
        expect.objectContaining({ trigger: 'proposal', outcome: 'approved' }),
      ]);
      const flow = await call<{ state: string; ports: { name: string; state: string }[] }>(
        url('provisioning'),
        'GET',
        `/v1/flows/${PRODUCT.domain}/${PRODUCT.name}/${PRODUCT.version}`,
      );
      expect(flow).toMatchObject({ status: 200, body: { state: 'completed' } });
      expect(flow.body.ports.map((p) => p.name).sort()).toEqual(['order-status-events', 'order_lines', 'orders']);

      // 3. The table exists in the catalog, with the contract's columns and nullability.
      const resolved = await resolution();
      expect(resolved).toMatchObject({ status: 200 });
      expect(resolved.body).toMatchObject({ version: PRODUCT.version, state: 'published' });
      const port = resolved.body.outputPorts.find((candidate) => candidate.name === 'orders');
      expect(port?.iceberg).toMatchObject({ namespace: 'sales' });
      const { namespace, table, identifier } = port!.iceberg!;
      const loaded = await call<LoadTableResult>(
        mesh.catalog.url,
        'GET',
        `/v1/namespaces/${namespace}/tables/${table}`,
      );
      expect(loaded).toMatchObject({ status: 200 });
      const { metadata } = loaded.body;
      const columns = metadata.schemas.find((schema) => schema['schema-id'] === metadata['current-schema-id'])!.fields;
      const contract = ordersContractFields();
      expect(columns.map(({ name, required }) => ({ name, required }))).toEqual(
        contract.map(({ name, required }) => ({ name, required: required === true })),
      );

      // Provisioning created the Kafka port's topic, under the run's prefix.
      const topic = resolved.body.outputPorts.find((candidate) => candidate.type === 'kafka-topic')?.kafka?.topic;
      expect(topic).toEqual(expect.any(String));
      expect(await listTopics()).toContain(`${mesh.registry.topicPrefix}${topic!}`);

      // Search indexed the published product, with the table provisioning made.
      await eventually(
        async () => {
          const hit = await searchHit();
          return hit?.status === 'published' && hit.ports.some((p) => p.name === 'orders' && p.address === identifier);
        },
        async () => `search never showed it published: ${JSON.stringify(await searchHit())}\n${logs()}`,
        60_000,
      );

      // Lineage learnt the product from the lifecycle events.
      await eventually(
        async () => (await call(url('lineage'), 'GET', '/v1/products/sales/orders/lineage')).status === 200,
        async () =>
          `lineage does not know sales/orders: ${JSON.stringify(
            await call(url('lineage'), 'GET', '/v1/products/sales/orders/lineage'),
          )}\n${logs()}`,
        60_000,
      );

      // Quality monitors the published version before data arrives.
      await eventually(
        async () => (await call(url('quality'), 'GET', '/v1/products/sales/orders/score')).status === 200,
        async () =>
          `quality never monitored sales/orders: ${JSON.stringify(
            await call(url('quality'), 'GET', '/v1/products/sales/orders/score'),
          )}\n${logs()}`,
        60_000,
      );

      // The empty table provisioning made breaks no rule: whatever alert comes next comes from the commit below.
      const before = await call<{ items: AlertView[] }>(url('quality'), 'GET', '/v1/products/sales/orders/alerts');
      expect(before).toMatchObject({ status: 200, body: { items: [] } });

      // 4. A pipeline commits rows with a null status (required by the contract) through the catalog.
      const written = writeRows(mesh.catalog.url, identifier, [orderRow('paid'), orderRow(null)], {
        storage: run.storage,
      });
      expect(written.snapshotId).toMatch(/^\d+$/);

      await eventually(
        async () => {
          const alerts = await call<{ items: AlertView[] }>(url('quality'), 'GET', '/v1/products/sales/orders/alerts');
          return alerts.body.items?.some((alert) => alert.ruleKey === 'orders.status.required') === true;
        },
        async () =>
          `no alert on orders.status.required: ${JSON.stringify(
            await call(url('quality'), 'GET', '/v1/products/sales/orders/alerts'),
          )}\n${logs()}`,
        90_000,
      );
      const alerts = await call<{ items: AlertView[] }>(url('quality'), 'GET', '/v1/products/sales/orders/alerts');
      expect(alerts.body.items.filter((alert) => alert.ruleKey === 'orders.status.required')).toEqual([
        expect.objectContaining({ ruleKey: 'orders.status.required', state: 'open', version: PRODUCT.version }),
      ]);
      // One result per rule of the snapshot: no instance checked it twice.
      const results = await call<{ items: { snapshotId: string | null; ruleId: string }[] }>(
        url('quality'),
        'GET',
        '/v1/products/sales/orders/results?limit=200',
      );
      const ofSnapshot = results.body.items.filter((result) => result.snapshotId === written.snapshotId);
      expect(ofSnapshot.length).toBeGreaterThan(0);
      expect(new Set(ofSnapshot.map((result) => result.ruleId)).size).toBe(ofSnapshot.length);

      // Search shows the open alert and a quality score below 1 in the product's document.
      await eventually(
        async () => {
          const hit = await searchHit();
          return hit !== undefined && hit.openAlerts >= 1 && hit.qualityScore !== null && hit.qualityScore < 1;
        },
        async () => `search never showed the alert: ${JSON.stringify(await searchHit())}\n${logs()}`,
        60_000,
      );
    }, 400_000);

    it('lets a consumer load the table only once its access request is granted', async () => {
      const principal = await call<{ id: string }>(mesh.registry.serviceUrl, 'POST', '/v1/principals', {
        body: { name: uniqueName('analyst'), kind: 'user', roles: [{ role: 'consumer' }] },
      });
      expect(principal).toMatchObject({ status: 201 });
      const issued = await call<{ token: string }>(
        mesh.registry.serviceUrl,
        'POST',
        `/v1/principals/${principal.body.id}/tokens`,
        { body: { name: 'e2e' } },
      );
      expect(issued).toMatchObject({ status: 201 });
      const token = issued.body.token;
      const { namespace, table } = (await resolution()).body.outputPorts.find((p) => p.name === 'orders')!.iceberg!;
      const load = () => call(mesh.catalog.url, 'GET', `/v1/namespaces/${namespace}/tables/${table}`, { token });

      const refused = await load();
      expect(refused).toMatchObject({ status: 403, body: { error: { code: 403, type: 'ForbiddenException' } } });

      const requested = await call<{ state: string }>(
        mesh.registry.serviceUrl,
        'POST',
        '/v1/products/sales/orders/access-requests',
        { body: { purpose: 'Revenue dashboard', until: new Date(Date.now() + 86_400_000).toISOString() }, token },
      );
      expect(requested).toMatchObject({ status: 201 });
      // The orders product says `approval: auto`: the registry grants at once, the catalog learns it from Kafka.
      expect(requested.body.state).toBe('granted');
      await eventually(
        async () => (await load()).status === 200,
        async () => `the consumer still cannot load the table: ${JSON.stringify(await load())}\n${logs()}`,
        60_000,
      );
    }, 120_000);
  });
}

/** The orders table's fields as the contract in examples/products/sales-orders.yaml lists them. */
function ordersContractFields(): ContractField[] {
  const descriptor = parse(DESCRIPTOR) as {
    spec: { contract: { schema: { name: string; fields: ContractField[] }[] } };
  };
  return descriptor.spec.contract.schema.find((schema) => schema.name === 'orders')!.fields;
}
