import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commitRows, orderRow, productCopy, type MeshUnderTest } from '@mesh/testing';
import { parse, stringify } from 'yaml';
import { accepted, call, sleep } from './http';
import type { AppliedVersion, Ledger } from './ledger';

const REPO = resolve(__dirname, '../..');
const DESCRIPTOR = parse(readFileSync(resolve(REPO, 'examples/products/sales-orders.yaml'), 'utf8')) as Descriptor;
/** Where the load's OpenLineage runs say their jobs run. */
export const LINEAGE_NAMESPACE = 'chaos';

interface Descriptor {
  metadata: { name: string; domain: string; version: string; description: string };
  spec: {
    outputPorts: { name: string; table?: string }[];
    contract: { schema: { name: string }[]; quality?: { table: string }[] };
  };
}

/** A copy of the example orders product, as the load and the canary apply it: tables of its own, this version. */
export function chaosProduct(domain: string, name: string, version: string): string {
  const descriptor = productCopy(structuredClone(DESCRIPTOR), name);
  descriptor.metadata.domain = domain;
  descriptor.metadata.version = version;
  descriptor.metadata.description = `${DESCRIPTOR.metadata.description} (chaos ${version})`;
  return stringify(descriptor);
}

interface VersionView {
  version: string;
  state: string;
}

/**
 * The versions a product of the load goes through: new, minor, patch, a new major, minor again, then patches for as
 * long as the run lasts, so that applies go on through every fault (their latency during it is a figure of the run).
 */
function* evolution(): Generator<string> {
  yield* ['1.0.0', '1.1.0', '1.1.1', '2.0.0', '2.1.0', '2.1.1', '3.0.0', '3.1.0'];
  for (let patch = 1; ; patch += 1) yield `3.1.${patch}`;
}
const TERMINAL = new Set(['published', 'rejected', 'deprecated', 'retired']);

export interface LoadRates {
  /** Products evolving side by side. */
  products: number;
  commitEveryMs: number;
  runEveryMs: number;
  accessEveryMs: number;
  policyEveryMs: number;
  readEveryMs: number;
}

/**
 * The load: products applied and evolved, snapshots committed through the catalog (every third one with rows that
 * break the contract), OpenLineage runs, access granted and revoked, policies changed, and searches and lineage
 * reads throughout. Every write is recorded in the ledger with what it should make true.
 */
export class Load {
  private running = true;
  private readonly loops: Promise<void>[] = [];
  private commits = 0;

  constructor(
    private readonly mesh: MeshUnderTest,
    private readonly ledger: Ledger,
    private readonly rates: LoadRates,
    private readonly domain: string,
  ) {}

  start(): void {
    for (let slot = 0; slot < this.rates.products; slot += 1) this.loops.push(this.evolve(`chaos-${slot}`));
    this.loops.push(this.every(this.rates.commitEveryMs, () => this.commit()));
    this.loops.push(this.every(this.rates.runEveryMs, () => this.postRun()));
    this.loops.push(this.every(this.rates.accessEveryMs, () => this.changeAccess()));
    this.loops.push(this.every(this.rates.policyEveryMs, () => this.changePolicy()));
    this.loops.push(this.every(this.rates.readEveryMs, () => this.read()));
    this.loops.push(this.watchResults());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async every(ms: number, work: () => Promise<void>): Promise<void> {
    while (this.running) {
      const started = Date.now();
      await work();
      await sleep(Math.max(0, ms - (Date.now() - started)));
    }
  }

  /** One product through its versions, each applied once the previous one settled. */
  private async evolve(name: string): Promise<void> {
    for (const version of evolution()) {
      // The run is over (`stop`): the versions applied so far are what the invariants check.
      if (!this.running) return;
      const appliedAt = Date.now();
      const answer = await call(
        this.mesh.registry.serviceUrl,
        'PUT',
        `/v1/products/${this.domain}/${name}`,
        chaosProduct(this.domain, name, version),
        'application/yaml',
      );
      if (answer.status >= 400 && answer.status < 500) {
        // The load applies only valid versions: a refusal is a broken run, which the `load` invariant reports.
        this.ledger.refusedApplies.push(`${this.domain}/${name}@${version}: ${answer.status}`);
        return;
      }
      if (answer.status >= 500) this.ledger.fail(`apply ${answer.status}`);
      const entry: AppliedVersion = {
        domain: this.domain,
        name,
        version,
        certain: accepted(answer),
        appliedAt,
        settledAt: null,
      };
      if (answer.status === 0) this.ledger.fail('apply: no answer');
      this.ledger.versions.push(entry);
      const settled = await this.untilSettled(name, version);
      if (settled === null) return;
      entry.settledAt = Date.now();
      if (settled === 'published') this.ledger.sample('apply-to-published', appliedAt);
      else return;
    }
  }

  private async untilSettled(name: string, version: string): Promise<string | null> {
    const deadline = Date.now() + 180_000;
    while (this.running && Date.now() < deadline) {
      const answer = await call<{ versions?: VersionView[] }>(
        this.mesh.registry.serviceUrl,
        'GET',
        `/v1/products/${this.domain}/${name}`,
      );
      const state = answer.body?.versions?.find((candidate) => candidate.version === version)?.state;
      if (state !== undefined && TERMINAL.has(state)) return state;
      await sleep(300);
    }
    return null;
  }

  /** Rows committed to the orders table of a published product's latest major, as a pipeline commits them. */
  private async commit(): Promise<void> {
    const published = this.ledger.versions.filter((version) => version.settledAt !== null);
    const target = published[this.commits % Math.max(1, published.length)];
    if (target === undefined) return;
    this.commits += 1;
    const major = target.version.split('.')[0];
    const resolved = await call<{
      version: string;
      outputPorts: { name: string; iceberg: { identifier: string } | null }[];
    }>(
      this.mesh.registry.serviceUrl,
      'GET',
      `/v1/resolve?address=${encodeURIComponent(`mesh://${target.domain}/${target.name}/v${major}`)}`,
    );
    const table = resolved.body?.outputPorts?.find((port) => port.name === 'orders')?.iceberg?.identifier;
    if (table === undefined) {
      this.ledger.fail('commit: no table');
      return;
    }
    const bad = this.commits % 3 === 0;
    const committedAt = Date.now();
    try {
      const written = await commitRows(this.mesh.catalog.url, table, [
        orderRow('paid'),
        orderRow(bad ? null : 'shipped'),
      ]);
      this.ledger.snapshots.push({
        domain: target.domain,
        name: target.name,
        version: resolved.body.version,
        snapshotId: written.snapshotId,
        bad,
        committedAt,
        checkedAt: null,
      });
    } catch {
      this.ledger.fail('commit');
    }
  }

  private async postRun(): Promise<void> {
    const job = `job-${randomUUID().slice(0, 8)}`;
    const output = `${this.domain}.derived_${job.replaceAll('-', '_')}`;
    const event = {
      eventType: 'COMPLETE',
      eventTime: new Date().toISOString(),
      producer: 'https://github.com/OpenLineage/OpenLineage/tree/1.0.0/client/python',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
      run: { runId: randomUUID() },
      job: { namespace: LINEAGE_NAMESPACE, name: job },
      inputs: [{ namespace: LINEAGE_NAMESPACE, name: `${this.domain}.source` }],
      outputs: [{ namespace: LINEAGE_NAMESPACE, name: output }],
    };
    const answer = await call(this.mesh.url('lineage'), 'POST', '/api/v1/lineage', event);
    if (!accepted(answer)) this.ledger.fail(`lineage run ${answer.status}`);
    this.ledger.runs.push({ namespace: LINEAGE_NAMESPACE, job, output, certain: accepted(answer) });
  }

  /** Grants access to a published product for a new consumer, and revokes the previous grant. */
  private async changeAccess(): Promise<void> {
    const target = this.ledger.versions.find((version) => version.settledAt !== null);
    if (target === undefined) return;
    const principal = await call<{ id: string }>(this.mesh.registry.serviceUrl, 'POST', '/v1/principals', {
      name: `chaos-reader-${randomUUID().slice(0, 8)}`,
      kind: 'user',
      roles: [{ role: 'consumer' }],
    });
    if (!accepted(principal)) return this.ledger.fail('principal');
    const request = await call<{ id: string; state: string; grantId: string | null }>(
      this.mesh.registry.serviceUrl,
      'POST',
      `/v1/products/${target.domain}/${target.name}/access-requests`,
      {
        purpose: 'chaos suite reads',
        until: new Date(Date.now() + 86_400_000).toISOString(),
        principal: principal.body.id,
      },
    );
    if (!accepted(request) || request.body.grantId === null) return this.ledger.fail('access request');
    const previous = this.ledger.access.find((change) => !change.revoked);
    this.ledger.access.push({ requestId: request.body.id, grantId: request.body.grantId, revoked: false });
    if (previous === undefined) return;
    const revoked = await call(
      this.mesh.registry.serviceUrl,
      'POST',
      `/v1/access-requests/${previous.requestId}/revoke`,
      {
        reason: 'chaos suite rotation',
      },
    );
    if (accepted(revoked)) previous.revoked = true;
    else this.ledger.fail('revoke');
  }

  /** A warning policy every product passes: a change governance re-evaluates published versions for. */
  private async changePolicy(): Promise<void> {
    const id = `chaos-${this.ledger.policies.length}`;
    const answer = await call(this.mesh.governance.serviceUrl, 'PUT', `/v1/policies/${id}`, {
      title: 'Chaos',
      description: 'A policy the chaos suite changes while faults happen',
      scope: 'global',
      severity: 'warning',
      expression: 'size(product.metadata.name) > 0',
      message: 'Name the product.',
    });
    if (accepted(answer)) this.ledger.policies.push(id);
    else this.ledger.fail(`policy ${answer.status}`);
  }

  private async read(): Promise<void> {
    const started = Date.now();
    const search = await call(this.mesh.url('search'), 'GET', '/v1/search?q=orders');
    const lineage = await call(this.mesh.url('lineage'), 'GET', `/v1/products/${this.domain}/chaos-0/lineage`);
    if (accepted(search) && (accepted(lineage) || lineage.status === 404)) this.ledger.sample('read', started);
    else this.ledger.fail('read');
  }

  /** Polls quality for the snapshots committed so far, to time commit → result. */
  async watchResults(): Promise<void> {
    while (this.running) {
      for (const snapshot of this.ledger.snapshots.filter((candidate) => candidate.checkedAt === null)) {
        const results = await call<{ items?: { snapshotId: string | null }[] }>(
          this.mesh.url('quality'),
          'GET',
          `/v1/products/${snapshot.domain}/${snapshot.name}/results?limit=200`,
        );
        if (results.body?.items?.some((result) => result.snapshotId === snapshot.snapshotId)) {
          snapshot.checkedAt = Date.now();
          this.ledger.samples.push({
            kind: 'commit-to-result',
            at: snapshot.checkedAt,
            ms: snapshot.checkedAt - snapshot.committedAt,
          });
        }
      }
      await sleep(500);
    }
  }
}
