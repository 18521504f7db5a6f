/**
 * The chaos runner: starts the whole mesh on the local stack (each service a process of its own, on this run's
 * topics and schemas), drives the load, injects the profile's faults one after another while it runs, measures how
 * long the mesh takes to be consistent again after each, then checks the invariants. Prints the JSON report, writes
 * it to chaos/reports/, and exits 1 when an invariant is broken or a fault never recovered.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { actAsKafkaAdmin, requireStack, startMesh, stack, type MeshUnderTest } from '@mesh/testing';
import { createKafka } from '@mesh/messaging';
import { latencies, machine, round } from '../../bench/support/report';
import { applyFault, type Fault } from './faults';
import { accepted, call, sleep } from './http';
import { Invariants, type InvariantResult } from './invariants';
import { LatencyProxy } from './latency-proxy';
import { Ledger, type Sample } from './ledger';
import { chaosProduct, Load } from './load';
import { PROFILES, type Profile } from './profiles';
import { allReady, ProcessWatch, stackRssMiB } from './watch';

const REPO = resolve(__dirname, '../..');
const MESH_HOME = process.env.MESH_HOME ?? resolve(REPO, '.mesh');
const DOMAIN = 'chaos';
/** The mesh must be consistent again this long after a fault ends (the target). */
const RECOVERY_TARGET_S = 60;
/** Past this, a fault counts as never recovered. */
const RECOVERY_LIMIT_MS = 180_000;
/** How long the mesh may take to settle after the last fault before the invariants are final. */
const SETTLE_MS = 120_000;

interface FaultReport {
  name: string;
  startedAt: string;
  heldSeconds: number;
  healSeconds: number;
  /**
   * From the end of the fault (the heal starts: the process or component starts again) until every service is ready
   * and a new version gets published; healSeconds of it are the restart itself.
   */
  recoverySeconds: number | null;
  p99DuringMs: Partial<Record<Sample['kind'], number>>;
}

/** A new patch of the canary product after each fault: published means the whole path works again. */
class Canary {
  private patch = 0;

  constructor(private readonly mesh: MeshUnderTest) {}

  async publishedWithin(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    let version: string | undefined;
    while (Date.now() < deadline) {
      if (version === undefined) {
        const next = `1.0.${this.patch}`;
        const applied = await call(
          this.mesh.registry.serviceUrl,
          'PUT',
          `/v1/products/${DOMAIN}/canary`,
          chaosProduct(DOMAIN, 'canary', next),
          'application/yaml',
        );
        if (accepted(applied)) {
          version = next;
          this.patch += 1;
        } else if (applied.status === 409) {
          // An earlier apply of this patch went through unanswered: the next patch is the new one.
          this.patch += 1;
        }
      } else {
        const product = await call<{ versions?: { version: string; state: string }[] }>(
          this.mesh.registry.serviceUrl,
          'GET',
          `/v1/products/${DOMAIN}/canary`,
        );
        if (product.body?.versions?.find((candidate) => candidate.version === version)?.state === 'published')
          return true;
      }
      await sleep(500);
    }
    return false;
  }
}

async function poison(mesh: MeshUnderTest, ledger: Ledger): Promise<void> {
  const topic = `${mesh.registry.topicPrefix}mesh.data-published.v1`;
  const producer = createKafka({
    brokers: stack.kafkaBrokers(),
    clientId: 'chaos-poison',
    logLevel: 'error',
  }).producer();
  await producer.connect();
  const [sent] = await producer.send({
    topic,
    messages: [{ key: `urn:mesh:product:${DOMAIN}:poison`, value: Buffer.from('not an Avro event') }],
  });
  await producer.disconnect();
  ledger.poisoned.push({ topic, offset: `${sent.partition}:${sent.baseOffset}` });
}

const p99Of = (samples: readonly Sample[], kind: Sample['kind'], from: number, to: number) => {
  const within = samples.filter(
    (sample) => sample.kind === kind && sample.at - sample.ms >= from && sample.at - sample.ms <= to,
  );
  return within.length === 0 ? undefined : latencies(within.map((sample) => sample.ms)).p99Ms;
};

async function runFaults(
  profile: Profile,
  mesh: MeshUnderTest,
  link: LatencyProxy,
  ledger: Ledger,
  watch: ProcessWatch,
) {
  const canary = new Canary(mesh);
  const reports: FaultReport[] = [];
  const until = Date.now() + profile.durationMs;
  do {
    for (const fault of profile.faults(mesh, link)) {
      expectKills(fault, mesh, watch);
      const times = await applyFault(fault);
      const ready = await untilTrue(() => allReady(mesh.processes()), RECOVERY_LIMIT_MS);
      const published = ready && (await canary.publishedWithin(RECOVERY_LIMIT_MS));
      const recoveredAt = Date.now();
      reports.push({
        name: fault.name,
        startedAt: new Date(times.startedAt).toISOString(),
        heldSeconds: round((times.healStartedAt - times.startedAt) / 1000),
        healSeconds: round((times.healedAt - times.healStartedAt) / 1000),
        recoverySeconds: published ? round((recoveredAt - times.healStartedAt) / 1000) : null,
        p99DuringMs: Object.fromEntries(
          (['apply-to-published', 'commit-to-result', 'read'] as const).flatMap((kind) => {
            const p99 = p99Of(ledger.samples, kind, times.startedAt, recoveredAt);
            return p99 === undefined ? [] : [[kind, p99]];
          }),
        ),
      });
      process.stderr.write(`chaos: ${fault.name}: recovered in ${reports.at(-1)?.recoverySeconds ?? 'never'} s\n`);
      await sleep(profile.gapMs);
    }
  } while (Date.now() < until);
  return reports;
}

/** The processes a fault kills on purpose: their exits are not crashes. */
function expectKills(fault: Fault, mesh: MeshUnderTest, watch: ProcessWatch): void {
  for (const [name, service] of Object.entries(mesh.processes())) {
    if (fault.name.includes(`kill -9 ${name}`)) service.instances.forEach((instance) => watch.expectExit(instance));
  }
}

async function untilTrue(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(500);
  }
  return false;
}

/** The invariants, checked again until they all hold or the settling time is up: the mesh converges, it is not instant. */
async function settledInvariants(invariants: Invariants): Promise<InvariantResult[]> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const results = [
      invariants.load(),
      await invariants.versions(),
      await invariants.ports(),
      await invariants.grants(),
      await invariants.snapshots(),
      await invariants.search(),
      await invariants.lineage(),
      await invariants.outboxes(),
      await invariants.deadLetters(),
    ];
    if (results.every((result) => result.holds) || Date.now() > deadline) return results;
    await sleep(5_000);
  }
}

/** The largest p99 during a fault over the baseline p99, among faults that saw the operation; null if none did. */
function worstRatio(
  faults: readonly FaultReport[],
  kind: Sample['kind'],
  baseline: (kind: Sample['kind']) => number | undefined,
): number | null {
  const before = baseline(kind);
  const ratios = faults.flatMap((fault) => {
    const during = fault.p99DuringMs[kind];
    return during === undefined || before === undefined ? [] : [during / before];
  });
  return ratios.length === 0 ? null : round(Math.max(...ratios), 2);
}

function memoryGrowth(memory: Record<string, number[]>) {
  return Object.fromEntries(
    Object.entries(memory).map(([name, samples]) => {
      const early = samples.slice(0, Math.max(1, Math.floor(samples.length / 5))).filter((value) => value > 0);
      const late = samples.filter((value) => value > 0).at(-1) ?? 0;
      const baseline = Math.max(...early, 1);
      return [
        name,
        { firstMiB: early[0] ?? 0, maxMiB: Math.max(...samples), lastMiB: late, growth: round(late / baseline, 2) },
      ];
    }),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { profile: { type: 'string', default: 'short' }, only: { type: 'string' } },
  });
  const profile = PROFILES[values.profile ?? 'short'];
  if (profile === undefined) throw new Error(`unknown profile ${values.profile} (short | soak)`);
  // `--only kill,redis` runs the faults whose name starts with "kill" or "redis": for working on one kind of fault.
  const only = values.only?.split(',');
  if (only !== undefined) {
    const all = profile.faults;
    profile.faults = (...args) => all(...args).filter((fault) => only.some((prefix) => fault.name.startsWith(prefix)));
  }
  await requireStack();
  actAsKafkaAdmin();
  const startedAt = Date.now();

  // Search reaches the registry through the proxy, which finds the registry once startMesh has started it.
  const registry: { url?: URL } = {};
  const link = await LatencyProxy.start(() =>
    registry.url === undefined ? undefined : { host: registry.url.hostname, port: Number(registry.url.port) },
  );
  const mesh = await startMesh('chaos', {
    services: ['provisioning', 'quality', 'search', 'lineage'],
    env: { search: { REGISTRY_URL: link.url } },
    onRegistry: (url) => (registry.url = new URL(url)),
  });
  const started = mesh;
  const ledger = new Ledger();
  const watch = new ProcessWatch(() => started.processes());
  let exitCode = 1;
  try {
    const domain = await call(mesh.registry.serviceUrl, 'POST', '/v1/domains', {
      name: DOMAIN,
      title: 'Chaos',
      owningTeam: 'platform',
    });
    if (!accepted(domain)) throw new Error(`creating the chaos domain: ${domain.status}`);
    watch.start(5_000);
    const load = new Load(mesh, ledger, profile.rates, DOMAIN);
    load.start();
    const loadStartedAt = Date.now();
    await sleep(profile.baselineMs);
    await poison(mesh, ledger);
    const faultsStartedAt = Date.now();
    const faults = await runFaults(profile, mesh, link, ledger, watch);
    await load.stop();
    const invariants = await settledInvariants(new Invariants(mesh, ledger));
    const crashes: InvariantResult = {
      name: 'no crash',
      holds: watch.unexpectedExits.length === 0,
      counts: { unexpectedExits: watch.unexpectedExits.length },
      broken: watch.unexpectedExits,
    };
    await watch.stop();
    const memory = memoryGrowth(watch.memory);
    const unbounded = Object.entries(memory).filter(([, figures]) => figures.growth > 2);
    const memoryInvariant: InvariantResult = {
      name: 'memory bounded',
      holds: unbounded.length === 0,
      counts: { services: Object.keys(memory).length, growingOverTwice: unbounded.length },
      broken: unbounded.map(([name, figures]) => `${name}: ${figures.firstMiB} → ${figures.lastMiB} MiB`),
    };
    const all = [...invariants, crashes, memoryInvariant];
    const baseline = (kind: Sample['kind']) => p99Of(ledger.samples, kind, loadStartedAt, faultsStartedAt);
    const services = Object.fromEntries(Object.entries(memory).map(([name, figures]) => [name, figures.lastMiB]));
    const stackMemory = stackRssMiB(MESH_HOME);
    const totalMiB = [...Object.values(services), ...Object.values(stackMemory)].reduce((sum, value) => sum + value, 0);
    const singleServiceFaults = faults.filter(
      (fault) => fault.name.startsWith('kill -9') || fault.name.startsWith('SIGSTOP'),
    );
    const report = {
      suite: 'chaos',
      profile: profile.name,
      machine: machine(),
      seconds: round((Date.now() - startedAt) / 1000),
      load: {
        versionsApplied: ledger.versions.length,
        snapshotsCommitted: ledger.snapshots.length,
        lineageRuns: ledger.runs.length,
        accessChanges: ledger.access.length,
        policies: ledger.policies.length,
        failedCalls: ledger.failures,
      },
      baselineP99Ms: Object.fromEntries(
        (['apply-to-published', 'commit-to-result', 'read'] as const).map((kind) => [kind, baseline(kind) ?? null]),
      ),
      faults,
      invariants: all,
      memory,
      platformRssMiB: { services, stack: stackMemory, total: totalMiB },
      targets: {
        recoveredWithinSeconds: RECOVERY_TARGET_S,
        allRecovered: faults.every((fault) => fault.recoverySeconds !== null),
        worstRecoverySeconds: Math.max(...faults.map((fault) => fault.recoverySeconds ?? Number.POSITIVE_INFINITY)),
        singleServiceLatencyRatioTarget: 3,
        worstSingleServiceApplyRatio: worstRatio(singleServiceFaults, 'apply-to-published', baseline),
        worstSingleServiceCommitRatio: worstRatio(singleServiceFaults, 'commit-to-result', baseline),
        platformRssTargetMiB: 3 * 1024,
      },
    };
    const text = JSON.stringify(report, null, 2);
    process.stdout.write(`${text}\n`);
    const stem = resolve(REPO, `chaos/reports/${profile.name}-${new Date().toISOString().replaceAll(':', '-')}`);
    mkdirSync(resolve(REPO, 'chaos/reports'), { recursive: true });
    writeFileSync(`${stem}.json`, text);
    // Everything the services said, for whoever looks into a broken invariant.
    writeFileSync(`${stem}.log`, mesh.logs(Number.POSITIVE_INFINITY));
    const failed = all.filter((invariant) => !invariant.holds);
    for (const invariant of failed)
      process.stderr.write(`chaos: BROKEN ${invariant.name}: ${invariant.broken.join('; ')}\n`);
    if (!report.targets.allRecovered) process.stderr.write('chaos: a fault never recovered\n');
    exitCode = failed.length === 0 && report.targets.allRecovered ? 0 : 1;
  } finally {
    await watch.stop();
    await mesh.stop().catch((error: unknown) => process.stderr.write(`chaos: cleanup: ${String(error)}\n`));
    await link.close();
  }
  process.exit(exitCode);
}

void main().catch((error: unknown) => {
  process.stderr.write(`chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
