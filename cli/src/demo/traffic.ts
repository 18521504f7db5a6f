import type { GatewayClient } from '../gateway/gateway-client';
import { colours } from '../output/colours';
import { productLabel } from '../documents/mesh-documents';
import { buildRun, seededProduct, tablesOf, type DemoTable, type SeededProduct } from './demo-data';
import { viewVersions } from './demo-mesh';
import { demoPlan, STALE } from './demo-plan';
import { IcebergWriter } from './iceberg-writer';
import { postRuns } from './openlineage';

/** One snapshot in this many breaks a rule, so that alerts come and go. */
const BAD_ONE_IN = 8;
const ROWS_PER_SNAPSHOT = 8;

export interface TrafficOptions {
  token: string;
  lineageUrl: string;
  /** Snapshots a minute. */
  rate: number;
  /** Stops after this many snapshots (forever when undefined). */
  count?: number;
}

/**
 * Keeps the demo mesh moving, as its pipelines would: every tick a snapshot to a random table of a published demo
 * product, through the catalog, and the product's build run to the lineage service; now and then a bad snapshot.
 * The stale product's feed stays stopped, so its freshness breach stays too.
 */
export async function runTraffic(
  gateway: GatewayClient,
  options: TrafficOptions,
  signal: AbortSignal,
): Promise<number> {
  const products = await publishedDemoProducts(gateway);
  const tables = products.flatMap((product) => tablesOf(product).map((table) => ({ product, table })));
  if (tables.length === 0) throw new Error('no published demo product: seed it first with `mesh demo seed`');
  const writer = new IcebergWriter(tables[0].table.catalogUri, options.token);
  let committed = 0;
  try {
    while (!signal.aborted && (options.count === undefined || committed < options.count)) {
      const { product, table } = tables[Math.floor(Math.random() * tables.length)];
      const bad = table.spoil !== undefined && Math.random() < 1 / BAD_ONE_IN;
      const snapshotId = await commitSnapshot(writer, table, bad);
      const run = await buildRun(gateway, product, new Date());
      if (run !== undefined) await postRuns(options.lineageUrl, options.token, [run]);
      committed += 1;
      const what = bad ? colours.red('a bad snapshot') : 'a snapshot';
      process.stdout.write(
        `${colours.dim(new Date().toISOString())} ${what} of ${table.identifier} (${table.product}): ${snapshotId}\n`,
      );
      await pause(60_000 / options.rate, signal);
    }
  } finally {
    await writer.close();
  }
  return committed;
}

async function commitSnapshot(writer: IcebergWriter, table: DemoTable, bad: boolean): Promise<string> {
  // Appended rows get fresh keys (random ids) and, through a serial from the clock, values that vary from one
  // snapshot to the next. Date-keyed aggregates are recomputed whole instead, from today backwards.
  const serial = table.appendable ? Math.floor(Date.now() / 1000) % 100_000 : 0;
  const rows = table.rows(ROWS_PER_SNAPSHOT, serial);
  if (bad && table.spoil !== undefined) rows[0] = table.spoil(rows[0]);
  return writer.commit(table.identifier, rows, table.appendable ? 'append' : 'overwrite');
}

/** The demo's products at their published versions (not the deprecated major, not the stale feed). */
async function publishedDemoProducts(gateway: GatewayClient): Promise<SeededProduct[]> {
  const plan = demoPlan();
  const versions = [...plan.products, plan.successor]
    .map((document) => productLabel(document))
    .filter(({ domain, name }) => `${domain}/${name}` !== STALE.product);
  const views = await viewVersions(gateway, versions);
  return versions.flatMap((version, index) => {
    const view = views[index];
    return view !== null && view.state === 'PUBLISHED'
      ? [seededProduct(view, `${version.domain}/${version.name}@${version.version}`)]
      : [];
  });
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      done();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}
