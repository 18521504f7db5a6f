import { EventCodec, HttpSchemaRegistry, TOPICS, type MeshEvent } from '@mesh/contracts';
import { createKafka } from '@mesh/messaging';
import type { Kafka } from 'kafkajs';
import { listTopics, stack, uniqueName, type MeshUnderTest } from '@mesh/testing';
import { accepted, call } from './http';
import type { Ledger } from './ledger';

/** One invariant as the report shows it: its counts, and the ids that break it (none when it holds). */
export interface InvariantResult {
  name: string;
  holds: boolean;
  counts: Record<string, number>;
  broken: string[];
}

interface VersionView {
  version: string;
  state: string;
}

const check = (name: string, counts: Record<string, number>, broken: string[]): InvariantResult => ({
  name,
  holds: broken.length === 0,
  counts,
  broken: broken.slice(0, 50),
});

/** Services that keep an outbox: every one but the gateway. */
const OUTBOX_SERVICES = ['registry', 'governance', 'catalog', 'provisioning', 'quality', 'search', 'lineage'] as const;

/**
 * The checks run once the faults have healed and the mesh has settled: that every accepted write had exactly the
 * effects it should, once, in every service that keeps them.
 */
export class Invariants {
  constructor(
    private readonly mesh: MeshUnderTest,
    private readonly ledger: Ledger,
  ) {}

  /**
   * The load did what the run claims to test: every kind of write happened, and no valid apply was refused. Without
   * it, a run whose writes all failed would pass every other invariant with nothing to check.
   */
  load(): InvariantResult {
    const counts = {
      published: this.ledger.versions.filter((version) => version.settledAt !== null).length,
      snapshots: this.ledger.snapshots.length,
      runs: this.ledger.runs.filter((run) => run.certain).length,
      grants: this.ledger.access.length,
      policies: this.ledger.policies.length,
      refusedApplies: this.ledger.refusedApplies.length,
    };
    const missing = Object.entries(counts)
      .filter(([kind, count]) => kind !== 'refusedApplies' && count === 0)
      .map(([kind]) => `no ${kind}: the load never got that write through`);
    return check('load', counts, [...missing, ...this.ledger.refusedApplies.map((apply) => `refused ${apply}`)]);
  }

  /** Every accepted apply reached one terminal state, with one governance decision and one flow per version. */
  async versions(): Promise<InvariantResult> {
    const broken: string[] = [];
    let terminal = 0;
    let decisions = 0;
    let flows = 0;
    const states = new Map<string, string>();
    for (const product of new Set(this.ledger.versions.map((version) => `${version.domain}/${version.name}`))) {
      const answer = await call<{ versions?: VersionView[] }>(
        this.mesh.registry.serviceUrl,
        'GET',
        `/v1/products/${product}`,
      );
      for (const version of answer.body?.versions ?? []) states.set(`${product}@${version.version}`, version.state);
    }
    for (const applied of this.ledger.versions) {
      const id = `${applied.domain}/${applied.name}@${applied.version}`;
      const state = states.get(id);
      if (state === undefined) {
        if (applied.certain) broken.push(`${id}: accepted but unknown to the registry`);
        continue;
      }
      if (['published', 'rejected', 'deprecated', 'retired'].includes(state)) terminal += 1;
      else broken.push(`${id}: ${state}, not terminal`);
      const path = `${applied.domain}/${applied.name}/${applied.version}`;
      const decided = await call<{ items?: { trigger: string }[] }>(
        this.mesh.governance.serviceUrl,
        'GET',
        `/v1/decisions/${path}`,
      );
      const proposals = (decided.body?.items ?? []).filter((decision) => decision.trigger === 'proposal').length;
      decisions += proposals;
      if (proposals !== 1) broken.push(`${id}: ${proposals} governance decisions on its proposal`);
      if (state !== 'rejected') {
        const flow = await call<{ state: string }>(this.mesh.url('provisioning'), 'GET', `/v1/flows/${path}`);
        if (flow.body?.state === 'completed') flows += 1;
        else broken.push(`${id}: provisioning flow ${flow.status} ${flow.body?.state}`);
      }
    }
    const duplicateFlows = await this.mesh.sql<{ n: string }>(
      'provisioning',
      'SELECT count(*) AS n FROM (SELECT 1 FROM flows GROUP BY kind, domain, product, version HAVING count(*) > 1) d',
    );
    const duplicated = Number(duplicateFlows[0]?.n ?? 0);
    if (duplicated > 0) broken.push(`${duplicated} versions with more than one flow of a kind`);
    return check(
      'versions',
      { applied: this.ledger.versions.length, terminal, decisions, completedFlows: flows, duplicateFlows: duplicated },
      broken,
    );
  }

  /** Registry, catalog and Kafka agree: every published version's tables load, and its topics exist. */
  async ports(): Promise<InvariantResult> {
    const broken: string[] = [];
    let tables = 0;
    let topics = 0;
    const existing = new Set(await listTopics());
    const majors = new Set(
      this.ledger.versions
        .filter((v) => v.settledAt !== null)
        .map((v) => `${v.domain}/${v.name}/v${v.version.split('.')[0]}`),
    );
    for (const address of majors) {
      const resolved = await call<{
        outputPorts?: {
          name: string;
          iceberg: { namespace: string; table: string } | null;
          kafka: { topic: string } | null;
        }[];
      }>(this.mesh.registry.serviceUrl, 'GET', `/v1/resolve?address=${encodeURIComponent(`mesh://${address}`)}`);
      if (!accepted(resolved)) {
        broken.push(`mesh://${address}: resolve ${resolved.status}`);
        continue;
      }
      for (const port of resolved.body.outputPorts ?? []) {
        if (port.iceberg !== null) {
          const loaded = await call(
            this.mesh.catalog.url,
            'GET',
            `/v1/namespaces/${port.iceberg.namespace}/tables/${port.iceberg.table}`,
          );
          if (accepted(loaded)) tables += 1;
          else broken.push(`mesh://${address} ${port.name}: the catalog answers ${loaded.status}`);
        }
        if (port.kafka !== null) {
          if (existing.has(`${this.mesh.registry.topicPrefix}${port.kafka.topic}`)) topics += 1;
          else broken.push(`mesh://${address} ${port.name}: no topic ${port.kafka.topic}`);
        }
      }
    }
    return check('ports', { addresses: majors.size, tables, topics }, broken);
  }

  /** Each live grant is in the catalog, each revoked one is gone. */
  async grants(): Promise<InvariantResult> {
    const broken: string[] = [];
    let live = 0;
    let revoked = 0;
    for (const change of this.ledger.access) {
      const found = await call(this.mesh.catalog.url, 'GET', `/v1/mesh/grants/${change.grantId}`);
      if (change.revoked) {
        revoked += 1;
        if (found.status !== 404) broken.push(`grant ${change.grantId}: revoked, the catalog answers ${found.status}`);
      } else {
        live += 1;
        if (found.status !== 200) broken.push(`grant ${change.grantId}: live, the catalog answers ${found.status}`);
      }
    }
    return check('grants', { live, revoked }, broken);
  }

  /** Exactly one result per rule of every committed snapshot; a failing one, and an alert, for each bad snapshot. */
  async snapshots(): Promise<InvariantResult> {
    const broken: string[] = [];
    let results = 0;
    let duplicates = 0;
    let alerted = 0;
    const products = new Set(this.ledger.snapshots.map((snapshot) => `${snapshot.domain}/${snapshot.name}`));
    const resultsOf = new Map<string, { snapshotId: string | null; ruleId: string; outcome: string }[]>();
    for (const product of products) {
      const all: { snapshotId: string | null; ruleId: string; outcome: string }[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items?: typeof all; nextCursor?: string | null } } = await call(
          this.mesh.url('quality'),
          'GET',
          `/v1/products/${product}/results?limit=200${cursor === null ? '' : `&cursor=${cursor}`}`,
        );
        all.push(...(page.body?.items ?? []));
        cursor = page.body?.nextCursor ?? null;
      } while (cursor !== null);
      resultsOf.set(product, all);
      const seen = new Map<string, number>();
      for (const result of all) {
        const key = `${result.snapshotId}/${result.ruleId}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      for (const [key, count] of seen) {
        if (count > 1) {
          duplicates += 1;
          broken.push(`${product} snapshot/rule ${key}: ${count} results`);
        }
      }
    }
    for (const snapshot of this.ledger.snapshots) {
      const product = `${snapshot.domain}/${snapshot.name}`;
      const own = (resultsOf.get(product) ?? []).filter((result) => result.snapshotId === snapshot.snapshotId);
      results += own.length;
      if (own.length === 0) broken.push(`${product} snapshot ${snapshot.snapshotId}: no quality result`);
      if (snapshot.bad) {
        if (own.some((result) => result.outcome === 'fail')) alerted += 1;
        else broken.push(`${product} snapshot ${snapshot.snapshotId}: bad rows, no failing rule`);
      }
    }
    for (const product of new Set(this.ledger.snapshots.filter((s) => s.bad).map((s) => `${s.domain}/${s.name}`))) {
      // A later good snapshot resolves the alert: resolved ones count, they were raised.
      const [domain, name] = product.split('/');
      const alerts = await call<{ items?: { ruleKey: string }[] }>(
        this.mesh.url('quality'),
        'GET',
        `/v1/alerts?domain=${domain}&name=${name}&state=open,acknowledged,resolved&limit=200`,
      );
      if (!(alerts.body?.items ?? []).some((alert) => alert.ruleKey.includes('status'))) {
        broken.push(`${product}: bad snapshots, no alert on the status rule`);
      }
    }
    return check(
      'snapshots',
      {
        committed: this.ledger.snapshots.length,
        bad: this.ledger.snapshots.filter((snapshot) => snapshot.bad).length,
        results,
        badWithFailingRule: alerted,
        duplicateResults: duplicates,
      },
      broken,
    );
  }

  /** Search has no drift, and each product's document shows the registry's latest version and state. */
  async search(): Promise<InvariantResult> {
    const broken: string[] = [];
    const drift = await call<{ drift: number; missing: number; stale: number; extra: number; checked: number }>(
      this.mesh.url('search'),
      'POST',
      '/v1/admin/drift-check',
    );
    if (!accepted(drift)) broken.push(`drift check answered ${drift.status}`);
    else if (drift.body.drift !== 0) {
      broken.push(
        `drift ${drift.body.drift}: missing ${drift.body.missing}, stale ${drift.body.stale}, extra ${drift.body.extra}`,
      );
    }
    return check('search', { checked: drift.body?.checked ?? 0, drift: drift.body?.drift ?? -1 }, broken);
  }

  /** Lineage holds every run whose post was accepted, with its output. */
  async lineage(): Promise<InvariantResult> {
    const broken: string[] = [];
    let held = 0;
    for (const run of this.ledger.runs.filter((candidate) => candidate.certain)) {
      const graph = await call<{ graph?: { id: string }[] }>(
        this.mesh.url('lineage'),
        'GET',
        `/api/v1/lineage?nodeId=${encodeURIComponent(`job:${run.namespace}:${run.job}`)}&depth=1`,
      );
      if ((graph.body?.graph ?? []).some((node) => node.id === `dataset:${run.namespace}:${run.output}`)) held += 1;
      else broken.push(`run of ${run.job}: lineage answers ${graph.status} without its output`);
    }
    return check('lineage', { posted: this.ledger.runs.filter((run) => run.certain).length, held }, broken);
  }

  /** No outbox row is left unsent in any service. */
  async outboxes(): Promise<InvariantResult> {
    const broken: string[] = [];
    const counts: Record<string, number> = {};
    for (const service of OUTBOX_SERVICES) {
      const [row] = await this.mesh.sql<{ n: string }>(
        service,
        'SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL',
      );
      counts[service] = Number(row?.n ?? 0);
      if (counts[service] > 0) broken.push(`${service}: ${counts[service]} outbox rows unsent`);
    }
    return check('outboxes', counts, broken);
  }

  /** The dead-letter topic holds only the messages the load poisoned on purpose. */
  async deadLetters(): Promise<InvariantResult> {
    const topic = `${this.mesh.registry.topicPrefix}mesh.deadletter.v1`;
    const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'chaos-dead-letters', logLevel: 'error' });
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const expected = ends.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    const codec = new EventCodec(new HttpSchemaRegistry(this.mesh.registry.schemaRegistryUrl));
    const letters: MeshEvent<'deadletter.recorded'>[] = [];
    if (expected > 0) {
      // A group of its own for each reading: one kept across readings would resume after what the last one read
      // (the settling loop reads again until every invariant holds), and count the letters it had already seen as none.
      const groupId = uniqueName(`${this.mesh.registry.topicPrefix}chaos-dead-letters`);
      const consumer = kafka.consumer({ groupId });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((done) => {
        void consumer.run({
          eachMessage: async ({ message }) => {
            letters.push((await codec.decode(message.value!)) as MeshEvent<'deadletter.recorded'>);
            if (letters.length >= expected) done();
          },
        });
        setTimeout(done, 30_000);
      });
      await consumer.disconnect();
      const groupAdmin = kafka.admin();
      await groupAdmin.connect();
      await groupAdmin.deleteGroups([groupId]).finally(() => groupAdmin.disconnect());
    }
    const poisoned = new Set(this.ledger.poisoned.map((poison) => `${poison.topic}@${poison.offset}`));
    const where = (letter: MeshEvent<'deadletter.recorded'>) =>
      `${letter.payload.originalTopic}@${letter.payload.partition}:${letter.payload.offset}`;
    const unexpected = letters.filter((letter) => !poisoned.has(where(letter)));
    // Each consumer group of the poisoned topic gives up on the message once, and says so.
    const groups = TOPICS['mesh.data-published.v1'].consumers.length;
    const missing: string[] = [];
    for (const poison of this.ledger.poisoned) {
      const found = letters.filter((letter) => where(letter) === `${poison.topic}@${poison.offset}`).length;
      if (found !== groups)
        missing.push(
          `${poison.topic}@${poison.offset}: ${found} dead letters, expected ${groups}; ${await this.positions(kafka, poison)}`,
        );
    }
    return check(
      'dead letters',
      { poisoned: this.ledger.poisoned.length, deadLetters: letters.length, unexpected: unexpected.length },
      [
        ...missing,
        ...unexpected.map(
          (letter) => `${letter.payload.consumerGroup} gave up on ${where(letter)}: ${letter.payload.error}`,
        ),
      ],
    );
  }

  /**
   * Where each consumer group of a poisoned topic stands on the poison's partition: a committed offset past the poison
   * without its dead letter means the group skipped it; one at or before it, that the group is stuck on it.
   */
  private async positions(kafka: Kafka, poison: { topic: string; offset: string }): Promise<string> {
    const partition = Number(poison.offset.split(':')[0]);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const groups = TOPICS['mesh.data-published.v1'].consumers.map(
        (group) => `${this.mesh.registry.topicPrefix}${group}`,
      );
      const stands = await Promise.all(
        groups.map(async (groupId) => {
          const [offsets] = await admin.fetchOffsets({ groupId, topics: [poison.topic] });
          const committed = offsets?.partitions.find((entry) => entry.partition === partition)?.offset ?? 'none';
          return `${groupId} committed ${committed}`;
        }),
      );
      return `on partition ${partition}: ${stands.join(', ')}`;
    } finally {
      await admin.disconnect();
    }
  }
}
