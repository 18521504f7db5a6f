import { Listr, PRESET_TIMER } from 'listr2';
import { applyDescriptor, applyDomain, applyPolicy } from '../apply/apply-documents';
import type { Renderer } from '../apply/follow-lifecycle';
import { CliError } from '../cli-error';
import type { MeshDocument } from '../documents/mesh-documents';
import type { GatewayClient } from '../gateway/gateway-client';
import { formatDuration } from '../output/time';
import { buildRun, datasetOf, seededProduct, tablesOf, type SeededProduct } from './demo-data';
import {
  ensureDeprecated,
  ensurePendingRequest,
  existingVersionOfMajor,
  ensureWaiver,
  hasSnapshot,
  rejectionReasons,
  viewVersions,
  type DemoVersion,
  type VersionView,
} from './demo-mesh';
import { demoPlan, DEPRECATION, FAILING, STALE } from './demo-plan';
import { IcebergWriter } from './iceberg-writer';
import { postRuns, type JobRun } from './openlineage';

const PUBLICATION_TIMEOUT_MS = 120_000;
const ROWS_PER_SNAPSHOT = 12;

export interface SeedOptions {
  token: string;
  lineageUrl: string;
  renderer: Renderer;
}

/** What the seeding did, for the closing line and `-o json`. */
export interface SeedSummary {
  products: number;
  snapshots: number;
  runs: number;
  elapsedMs: number;
}

interface SeedState {
  versions: DemoVersion[];
  products: SeededProduct[];
  snapshots: number;
  runs: number;
}

/**
 * Seeds the demo mesh through the gateway, the catalog's Iceberg REST API and the lineage service's OpenLineage
 * endpoint, as teams, engines and integrations would. Every step first looks at what is there, so seeding again
 * adds nothing: a product applied again is the same version, a table with data gets no more, and so on.
 */
export async function seedDemo(gateway: GatewayClient, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const plan = demoPlan();
  const state: SeedState = { versions: [], products: [], snapshots: 0, runs: 0 };
  const tasks = new Listr(
    [
      {
        title: 'domains and policies',
        task: async (_, task) => {
          const results = [];
          for (const document of plan.domains) results.push(await applyDomain(gateway, document, false));
          for (const document of plan.policies) results.push(await applyPolicy(gateway, document, false));
          const created = results.filter((result) => result.outcome === 'created').length;
          task.title = `${plan.domains.length} domains and ${plan.policies.length} policy (${created} created)`;
        },
      },
      {
        title: 'waiver',
        task: async (_, task) => {
          task.title = `waiver for finance/board-kpis ${await ensureWaiver(gateway)}`;
        },
      },
      {
        title: `${plan.products.length} products applied`,
        task: async () => {
          for (const document of plan.products) state.versions.push(await appliedVersion(gateway, document));
        },
      },
      {
        title: 'published',
        task: async (_, task) => {
          const views = await untilPublished(gateway, state.versions, (line) => (task.output = line));
          state.products = views.map((view, index) => seededProduct(view, plan.products[index].source));
          task.title = `${state.versions.length} products published`;
        },
      },
      {
        title: `${DEPRECATION.domain}/${DEPRECATION.name} ${DEPRECATION.version} deprecated for its successor`,
        task: async (_, task) => {
          const { domain, name } = DEPRECATION;
          const first = state.versions.findIndex((v) => v.domain === domain && v.name === name);
          await ensureDeprecated(gateway, state.products[first].view.state);
          const existing = await existingVersionOfMajor(gateway, domain, name, 2);
          const successor =
            existing === undefined
              ? await appliedVersion(gateway, plan.successor)
              : { domain, name, version: existing };
          const [view] = await untilPublished(gateway, [successor], (line) => (task.output = line));
          state.products.push(seededProduct(view, `${domain}/${name}@${successor.version}`));
          task.title = `${domain}/${name} ${DEPRECATION.version} deprecated for ${successor.version}`;
        },
      },
      {
        title: 'data committed through the catalog',
        task: async (_, task) => {
          state.snapshots = await commitData(state.products, options.token, (line) => (task.output = line));
          task.title = `${state.snapshots} snapshots committed through the catalog`;
        },
      },
      {
        title: 'lineage runs posted',
        // The runs report the data just committed: with no new data, there is no run to report either.
        skip: () => (state.snapshots === 0 ? 'the data was there already' : false),
        task: async (_, task) => {
          const runs = await lineageRuns(gateway, state.products);
          await postRuns(options.lineageUrl, options.token, runs);
          state.runs = runs.length;
          task.title = `${runs.length} OpenLineage runs posted (the feed of ${STALE.product} stopped ${STALE.stoppedHoursAgo}h ago)`;
        },
      },
      {
        title: 'access request',
        task: async (_, task) => {
          task.title = `access request on sales/customers ${await ensurePendingRequest(gateway)}, pending`;
        },
      },
    ],
    { renderer: options.renderer, rendererOptions: { timer: PRESET_TIMER }, exitOnError: true },
  );
  await tasks.run();
  const products = new Set(state.versions.map((version) => `${version.domain}/${version.name}`)).size;
  return { products, snapshots: state.snapshots, runs: state.runs, elapsedMs: Date.now() - started };
}

async function appliedVersion(gateway: GatewayClient, document: MeshDocument): Promise<DemoVersion> {
  const applied = await applyDescriptor(gateway, document);
  return { domain: applied.domain, name: applied.name, version: applied.version };
}

/** Polls the versions until every one is published (or deprecated since); a rejection stops the seeding. */
async function untilPublished(
  gateway: GatewayClient,
  versions: readonly DemoVersion[],
  progress: (line: string) => void,
): Promise<VersionView[]> {
  const deadline = Date.now() + PUBLICATION_TIMEOUT_MS;
  for (;;) {
    const views = await viewVersions(gateway, versions);
    const rejected = versions.filter((_, index) => views[index]?.state === 'REJECTED');
    if (rejected.length > 0) {
      const reasons = await Promise.all(rejected.map((version) => rejectionReasons(gateway, version)));
      const named = rejected.map(
        (v, index) => `${v.domain}/${v.name}@${v.version} (${reasons[index].join('; ') || 'no reason given'})`,
      );
      throw new CliError(`rejected by governance: ${named.join(', ')}`);
    }
    const done = views.filter((view) => view !== null && ['PUBLISHED', 'DEPRECATED'].includes(view.state)).length;
    if (done === versions.length) return views as VersionView[];
    if (Date.now() > deadline)
      throw new CliError(
        `only ${done} of ${versions.length} products published after ${formatDuration(PUBLICATION_TIMEOUT_MS)}`,
      );
    progress(`${done}/${versions.length} published`);
    await new Promise((wait) => setTimeout(wait, 500));
  }
}

/**
 * Two snapshots for every Iceberg table that has none yet, then, for the failing product, a third that breaks its
 * channel rule: quality checks each commit and raises the alert on the last.
 */
async function commitData(
  products: readonly SeededProduct[],
  token: string,
  progress: (line: string) => void,
): Promise<number> {
  const tables = products.flatMap(tablesOf);
  if (tables.length === 0) return 0;
  const writer = new IcebergWriter(tables[0].catalogUri, token);
  let snapshots = 0;
  try {
    for (const [index, table] of tables.entries()) {
      progress(`${table.identifier} (${index + 1}/${tables.length})`);
      if (await hasSnapshot(table.catalogUri, table.identifier, token)) continue;
      for (const batch of [0, 1]) {
        await writer.commit(table.identifier, table.rows(ROWS_PER_SNAPSHOT, batch * ROWS_PER_SNAPSHOT));
        snapshots += 1;
      }
      if (
        table.product === FAILING.product &&
        table.identifier.endsWith(`.${FAILING.table}`) &&
        table.spoil !== undefined
      ) {
        const [bad, ...good] = table.rows(ROWS_PER_SNAPSHOT, 2 * ROWS_PER_SNAPSHOT);
        await writer.commit(table.identifier, [table.spoil(bad), ...good]);
        snapshots += 1;
        progress(`${table.identifier}: a snapshot with an unknown value, for an alert`);
      }
    }
  } finally {
    await writer.close();
  }
  return snapshots;
}

/** The build run of every product with input ports, and the last run of the stale product's feed, hours ago. */
async function lineageRuns(gateway: GatewayClient, products: readonly SeededProduct[]): Promise<JobRun[]> {
  const now = new Date();
  const runs = (await Promise.all(products.map((product) => buildRun(gateway, product, now)))).filter(
    (run): run is JobRun => run !== undefined,
  );
  const stale = products.find(
    ({ descriptor }) => `${descriptor.metadata.domain}/${descriptor.metadata.name}` === STALE.product,
  );
  const port = stale?.view.ports.find((candidate) => candidate.name === STALE.port);
  const topic = port === undefined ? undefined : datasetOf(port);
  if (stale !== undefined && topic !== undefined) {
    runs.push({
      job: { namespace: stale.descriptor.metadata.domain, name: 'carrier-feed-ingest' },
      inputs: [],
      outputs: [topic],
      completedAt: new Date(now.getTime() - STALE.stoppedHoursAgo * 3_600_000),
      durationMs: 5_000,
    });
  }
  return runs;
}
