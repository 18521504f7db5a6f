import { ADMIN_TOKEN, eventually, type MeshUnderTest } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const EXAMPLES = resolve(__dirname, '../../examples/products');

async function call<T>(
  url: string,
  method: string,
  body?: string,
  contentType = 'application/json',
  token = ADMIN_TOKEN,
) {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/**
 * What the browser scenario needs, made through the registry as a team would: three domains and the four example
 * products (finance/revenue and logistics/shipments read sales/orders, so orders has downstream lineage). Orders is
 * applied with manual access approval, so that its owner has a request to approve.
 */
export async function seedExamples(mesh: MeshUnderTest): Promise<void> {
  const registry = mesh.registry.serviceUrl;
  for (const [name, owningTeam] of [
    ['sales', 'order-management'],
    ['logistics', 'fulfilment'],
    ['finance', 'financial-reporting'],
  ]) {
    const title = name[0].toUpperCase() + name.slice(1);
    await call(
      `${registry}/v1/domains`,
      'POST',
      JSON.stringify({ name, title, description: `${title} domain`, owningTeam }),
    );
  }
  const products = [
    ['sales', 'orders', 'sales-orders.yaml'],
    ['sales', 'customers', 'sales-customers.yaml'],
    ['logistics', 'shipments', 'logistics-shipments.yaml'],
    ['finance', 'revenue', 'finance-revenue.yaml'],
  ];
  for (const [domain, name, file] of products) {
    let descriptor = readFileSync(resolve(EXAMPLES, file), 'utf8');
    if (name === 'orders') descriptor = descriptor.replace('approval: auto', 'approval: manual');
    await call(`${registry}/v1/products/${domain}/${name}`, 'PUT', descriptor, 'application/yaml');
    // Downstream products resolve their input ports against published upstream ones: one at a time.
    await eventually(
      async () => {
        const product = await call<{ versions?: { state: string }[] }>(
          `${registry}/v1/products/${domain}/${name}`,
          'GET',
        );
        return product.versions?.some((version) => version.state === 'published') === true;
      },
      async () => `${domain}/${name} was never published\n${mesh.logs()}`,
      120_000,
    );
  }
}

/** A principal with the given roles, and a token for it. */
export async function principalWithToken(
  mesh: MeshUnderTest,
  name: string,
  roles: { role: string; domain?: string }[],
): Promise<{ id: string; token: string }> {
  const registry = mesh.registry.serviceUrl;
  const principal = await call<{ id: string }>(
    `${registry}/v1/principals`,
    'POST',
    JSON.stringify({ name, kind: 'user', roles }),
  );
  const issued = await call<{ token: string }>(
    `${registry}/v1/principals/${principal.id}/tokens`,
    'POST',
    JSON.stringify({ name: 'web-e2e' }),
  );
  return { id: principal.id, token: issued.token };
}
