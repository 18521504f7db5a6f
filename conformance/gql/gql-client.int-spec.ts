/**
 * A third-party client: Python's `gql` (from PyPI, public API only) against the gateway, over HTTP and over the
 * graphql-ws protocol. The alert it receives is real: rows that break the orders contract are committed through the
 * catalog with PyIceberg, quality checks the snapshot, and the gateway turns quality's Kafka event into the
 * subscription's message; the acknowledgement goes back through the gateway to quality and comes back the same way.
 */
import { ADMIN_TOKEN, eventually, orderRow, pythonTool, startMesh, writeRows, type MeshUnderTest } from '@mesh/testing';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CLIENT = resolve(__dirname, 'gql_client.py');
const ORDERS = readFileSync(resolve(__dirname, '../../examples/products/sales-orders.yaml'), 'utf8');

interface Step {
  step: string;
  value: Record<string, unknown>;
}

describe('Python gql against the gateway', () => {
  let mesh: MeshUnderTest;

  beforeAll(async () => {
    mesh = await startMesh('gql');
    const registry = mesh.registry.serviceUrl;
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    await fetch(`${registry}/v1/domains`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'sales', title: 'Sales', owningTeam: 'order-management' }),
    });
    await fetch(`${registry}/v1/products/sales/orders`, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/yaml' },
      body: ORDERS,
    });
    await eventually(
      async () => {
        const product = await fetch(`${registry}/v1/products/sales/orders`, { headers });
        return ((await product.json()) as { versions: { state: string }[] }).versions[0]?.state === 'published';
      },
      async () => `sales/orders never published\n${mesh.logs()}`,
      120_000,
    );
  }, 300_000);

  afterAll(async () => mesh?.stop(), 120_000);

  it('queries, mutates, and follows an alert from raised to acknowledged', async () => {
    const client = spawn(pythonTool('python'), [CLIENT, mesh.url('gateway'), ADMIN_TOKEN]);
    const steps: Step[] = [];
    let stderr = '';
    let subscribed = false;
    let buffered = '';
    client.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    client.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'subscribed') subscribed = true;
        else if (line.trim() !== '') steps.push(JSON.parse(line) as Step);
      }
    });
    const exited = new Promise<number | null>((done) => client.on('exit', done));
    const explain = async () => `steps: ${JSON.stringify(steps)}\nstderr: ${stderr}\n${mesh.logs()}`;

    await eventually(async () => subscribed, explain, 60_000);
    writeRows(mesh.catalog.url, 'sales.orders', [orderRow(null)]);
    expect(await exited).toBe(0);

    expect(steps.find((step) => step.step === 'query')?.value).toMatchObject({
      product: {
        title: 'Customer orders',
        status: 'PUBLISHED',
        address: 'mesh://sales/orders/v1',
        version: {
          ports: expect.arrayContaining([
            {
              name: 'orders',
              type: 'ICEBERG_TABLE',
              iceberg: { identifier: 'sales.orders', catalogUri: mesh.catalog.url },
            },
          ]),
        },
      },
    });
    expect(steps.find((step) => step.step === 'mutation')?.value).toEqual({
      createDomain: { name: 'marketing', title: 'Marketing', owningTeam: 'growth' },
    });
    const alerts = steps
      .filter((step) => step.step === 'alert')
      .map((step) => step.value.qualityAlerts as Record<string, unknown>);
    expect(alerts[0]).toMatchObject({ type: 'RAISED', product: { domain: 'sales', name: 'orders', version: '1.4.0' } });
    expect(alerts.at(-1)).toMatchObject({ type: 'ACKNOWLEDGED', alertId: alerts[0].alertId });
    expect(steps.find((step) => step.step === 'acknowledge')?.value).toMatchObject({
      acknowledgeAlert: { state: 'ACKNOWLEDGED', acknowledgementNote: 'looking into it (gql)' },
    });
  }, 240_000);
});
