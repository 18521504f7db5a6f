import {
  ADMIN_TOKEN,
  eventually,
  freePort,
  startMesh,
  startService,
  uniqueName,
  orderRow,
  writeRows,
  type MeshUnderTest,
} from '@mesh/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, seriousViolations, signedInContext } from './browser';
import { ensureWebBuilt, WEB_DIST } from './build-web';
import { principalWithToken, seedExamples } from './seed';

/**
 * The web app in a real browser (Debian's Chromium) against a whole mesh of real processes, the gateway serving the
 * built app: a consumer finds a product and asks for access, its owner approves from another browser, and a bad
 * commit shows up as an alert on every open page without a reload.
 */

const PAGES: { name: string; path: string; heading: string }[] = [
  { name: 'overview', path: '/', heading: 'Overview' },
  { name: 'marketplace', path: '/products?q=orders', heading: 'Marketplace' },
  { name: 'product', path: '/products/sales/orders?tab=ports', heading: 'Customer orders' },
  { name: 'product-contract', path: '/products/sales/orders?tab=contract', heading: 'Customer orders' },
  { name: 'product-quality', path: '/products/sales/orders?tab=quality', heading: 'Customer orders' },
  { name: 'product-lineage', path: '/products/sales/orders?tab=lineage', heading: 'Customer orders' },
  { name: 'product-access', path: '/products/sales/orders?tab=access', heading: 'Customer orders' },
  { name: 'product-governance', path: '/products/sales/orders?tab=governance', heading: 'Customer orders' },
  { name: 'alerts', path: '/alerts', heading: 'Alerts' },
  { name: 'governance', path: '/governance', heading: 'Governance' },
  { name: 'operations', path: '/operations', heading: 'Operations' },
  { name: 'sign-in', path: '/sign-in', heading: 'Sign in' },
];

describe('the web app in a browser', () => {
  let mesh: MeshUnderTest;
  let browser: Browser;
  let baseUrl: string;
  let consumer: { id: string; token: string };
  let owner: { id: string; token: string };
  const contexts: BrowserContext[] = [];
  const open = async (token: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const context = await signedInContext(browser, baseUrl, token, colorScheme);
    contexts.push(context);
    return context.newPage();
  };
  const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

  beforeAll(async () => {
    ensureWebBuilt();
    mesh = await startMesh('web', { env: { gateway: { WEB_ROOT: WEB_DIST } } });
    baseUrl = mesh.url('gateway');
    await seedExamples(mesh);
    consumer = await principalWithToken(mesh, uniqueName('analyst'), [{ role: 'consumer' }]);
    owner = await principalWithToken(mesh, uniqueName('sales-owner'), [{ role: 'domain-owner', domain: 'sales' }]);
    browser = await launchChromium();
  }, 420_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await mesh?.stop();
  }, 120_000);

  it('finds a product, shows its lineage, and takes an access request from request to granted', async () => {
    // Sign in by pasting the token.
    const admin = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    contexts.push(admin.context());
    await admin.goto('/sign-in');
    await heading(admin, 'Sign in').waitFor();
    await admin.getByLabel('Token').fill(ADMIN_TOKEN);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByTestId('me-name').waitFor();

    // Search, with suggestions, then narrow by the sales domain.
    await admin.goto('/products');
    await admin.getByRole('textbox', { name: 'Search products' }).fill('orders');
    await admin.getByRole('option', { name: /sales\/orders/ }).waitFor();
    await eventually(
      async () => new URL(admin.url()).searchParams.get('q') === 'orders',
      async () => `the search box never searched: ${admin.url()}`,
      10_000,
    );
    await admin.keyboard.press('Escape');
    await admin.getByTestId('hit-sales-orders').waitFor();
    await admin
      .getByRole('group', { name: 'Domain' })
      .getByRole('checkbox', { name: /^sales \(/ })
      .click();
    await eventually(
      async () => new URL(admin.url()).searchParams.get('domain') === 'sales',
      async () => `the domain facet did not narrow the search: ${admin.url()}`,
      10_000,
    );
    // The narrowed hits replace the others once the new answer is in: wait for them rather than read the old list.
    const hits = () =>
      admin.locator('[data-testid^="hit-"]').evaluateAll((found) => found.map((h) => h.dataset.testid));
    await eventually(
      async () => {
        const shown = await hits();
        return shown.includes('hit-sales-orders') && !shown.some((hit) => hit?.startsWith('hit-finance-'));
      },
      async () => `the sales facet never showed sales/orders alone among domains: ${JSON.stringify(await hits())}`,
      15_000,
    );

    // The product, and its downstream products in the lineage graph.
    await admin.getByTestId('hit-sales-orders').getByRole('link').first().click();
    await heading(admin, 'Customer orders').waitFor();
    await admin.getByRole('tab', { name: 'Lineage' }).click();
    const graph = admin.getByTestId('lineage-graph');
    await graph.getByText('finance/revenue').waitFor({ timeout: 30_000 });
    await graph.getByText('logistics/shipments').waitFor();
    expect(new URL(admin.url()).searchParams.get('tab')).toBe('lineage');

    // A consumer asks for access; the owner approves from another browser; the consumer's page says granted.
    const consumerPage = await open(consumer.token);
    await consumerPage.goto('/products/sales/orders?tab=access');
    await consumerPage.getByLabel('Purpose').fill('Weekly sales dashboard');
    await consumerPage.getByRole('button', { name: 'Request access' }).click();
    await expectText(consumerPage.getByTestId('my-request-state'), 'pending');

    const ownerPage = await open(owner.token);
    await ownerPage.goto('/products/sales/orders?tab=access');
    await ownerPage.getByRole('button', { name: 'Approve' }).click();
    await expectText(consumerPage.getByTestId('my-access-status'), 'granted', 15_000);
  }, 240_000);

  it('shows a bad commit as an alert on the open overview and alerts pages, and an acknowledgement everywhere', async () => {
    const overview = await open(ADMIN_TOKEN);
    await overview.goto('/');
    await heading(overview, 'Overview').waitFor();
    const alertsPage = await open(owner.token);
    await alertsPage.goto('/alerts');
    await heading(alertsPage, 'Alerts').waitFor();

    const identifier = await ordersTableIdentifier(baseUrl);
    writeRows(mesh.catalog.url, identifier, [orderRow('paid'), orderRow(null)]);

    // The pages are never reloaded: the alert arrives over the subscription.
    const onOverview = overview.locator('[data-testid^="alert-"]', { hasText: 'orders.status.required' });
    const onAlerts = alertsPage.locator('[data-testid^="alert-"]', { hasText: 'orders.status.required' });
    await onOverview.first().waitFor({ timeout: 90_000 });
    const seenAt = Date.now();
    await onAlerts.first().waitFor({ timeout: 2_000 });
    const raised = await raisedAt(baseUrl);
    expect(seenAt - raised).toBeLessThanOrEqual(2_000);

    await onAlerts
      .first()
      .getByRole('button', { name: /Acknowledge/ })
      .click();
    await alertsPage
      .locator('[data-state="ACKNOWLEDGED"]', { hasText: 'orders.status.required' })
      .waitFor({ timeout: 10_000 });
    // The overview lists open alerts only: the acknowledged one leaves it, live.
    await onOverview.first().waitFor({ state: 'detached', timeout: 10_000 });
  }, 240_000);

  it('shows operators every outbox, the dead letters and the consumer lags', async () => {
    const page = await open(ADMIN_TOKEN);
    await page.goto('/operations');
    const outboxes = page.getByTestId('outboxes');
    await outboxes.getByText('quality', { exact: true }).waitFor({ timeout: 30_000 });
    await outboxes.getByText('registry', { exact: true }).waitFor();
  }, 60_000);

  it('shows a service that is down as an error on the parts that need it, and the rest of the page', async () => {
    // A second gateway whose lineage service is gone: nothing listens on that port.
    const partial = await startService('gateway', {
      port: await freePort(),
      env: { ...mesh.serviceEnv('gateway'), WEB_ROOT: WEB_DIST, LINEAGE_URL: `http://127.0.0.1:${await freePort()}` },
    });
    try {
      const context = await signedInContext(browser, partial.url, ADMIN_TOKEN);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto('/products/sales/orders?tab=lineage');
      await heading(page, 'Customer orders').waitFor();
      await page.getByText('The lineage service did not answer').first().waitFor({ timeout: 30_000 });
      await screenshot(page, 'service-down-light');
      await page.getByRole('tab', { name: 'Ports' }).click();
      await page.getByText('sales.orders', { exact: true }).first().waitFor({ timeout: 30_000 });
    } finally {
      await partial.stop();
    }
  }, 120_000);

  it('has no serious accessibility violations on any page, in light and dark', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(ADMIN_TOKEN, scheme);
      for (const { name, path, heading: title } of PAGES) {
        await page.goto(path);
        await heading(page, title).waitFor({ timeout: 20_000 });
        // Let the page's queries settle, so the checks and the screenshot see content, not skeletons.
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.waitForTimeout(500);
        await screenshot(page, `${name}-${scheme}`);
        problems.push(...(await seriousViolations(page)).map((violation) => `${name} (${scheme}): ${violation}`));
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

async function expectText(locator: ReturnType<Page['locator']>, text: string, timeout = 10_000): Promise<void> {
  await locator.filter({ hasText: new RegExp(text, 'i') }).waitFor({ timeout });
}

async function gql<T>(baseUrl: string, query: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data: T }).data;
}

async function ordersTableIdentifier(baseUrl: string): Promise<string> {
  const data = await gql<{ resolve: { ports: { name: string; iceberg: { identifier: string } | null }[] } }>(
    baseUrl,
    '{ resolve(address: "mesh://sales/orders/v1") { ports { name iceberg { identifier } } } }',
  );
  return data.resolve.ports.find((port) => port.name === 'orders')!.iceberg!.identifier;
}

async function raisedAt(baseUrl: string): Promise<number> {
  const data = await gql<{ alerts: { nodes: { ruleKey: string; firstRaisedAt: string }[] } }>(
    baseUrl,
    '{ alerts(domain: "sales", first: 20) { nodes { ruleKey firstRaisedAt } } }',
  );
  return Date.parse(data.alerts.nodes.find((alert) => alert.ruleKey === 'orders.status.required')!.firstRaisedAt);
}
