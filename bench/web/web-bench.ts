import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, signedInContext } from '../../web/e2e/browser';
import { ensureWebBuilt, WEB_DIST } from '../../web/e2e/build-web';
import { machine, percentile, round, runBenchmark } from '../support/report';

/**
 * The web app's figures: the JavaScript a first visit downloads (gzipped), and a product page's cold load to its
 * lineage graph, against a gateway that serves the built app (MESH_WEB_URL, by default the platform's) with a
 * product that has lineage (MESH_WEB_PRODUCT, by default the demo's sales/orders).
 *
 *   node -r @swc-node/register bench/web/web-bench.ts
 */

const BASE_URL = process.env.MESH_WEB_URL ?? 'http://127.0.0.1:4000';
const PRODUCT = process.env.MESH_WEB_PRODUCT ?? 'sales/orders';
const TOKEN = process.env.MESH_TOKEN ?? readFileSync(resolve(__dirname, '../../.mesh/admin-token'), 'utf8').trim();
const LOADS = 10;

/** The entry script and every module it preloads: what the browser fetches before the first page renders. */
function initialJavaScriptGzipKiB(): number {
  const html = readFileSync(resolve(WEB_DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  const bytes = [...new Set(scripts)].reduce(
    (sum, path) => sum + gzipSync(readFileSync(resolve(WEB_DIST, `.${path}`))).length,
    0,
  );
  return round(bytes / 1024);
}

/** Milliseconds from navigation start to the lineage graph's `lineage-rendered` mark, each load in a new context. */
async function coldLoadsToLineage(): Promise<number[]> {
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      // A new context has an empty cache: every load is a first visit.
      const context = await signedInContext(browser, BASE_URL, TOKEN);
      const page = await context.newPage();
      await page.goto(`/products/${PRODUCT}?tab=lineage`);
      await page.getByTestId('lineage-graph').locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
      samples.push(await page.evaluate(() => performance.getEntriesByName('lineage-rendered')[0]?.startTime ?? NaN));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

async function main() {
  ensureWebBuilt();
  const loads = await coldLoadsToLineage();
  const result = {
    benchmark: 'web',
    machine: machine(),
    initialJavaScript: { gzipKiB: initialJavaScriptGzipKiB(), targetKiB: 350 },
    productPageColdLoadToLineage: {
      url: `${BASE_URL}/products/${PRODUCT}?tab=lineage`,
      loads: loads.length,
      medianMs: round(percentile(loads, 50)),
      maxMs: round(percentile(loads, 100)),
      targetMs: 1000,
    },
  };
  return result;
}

runBenchmark('web', main);
