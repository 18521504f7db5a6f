import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a benchmark ran on; figures mean little without it. */
export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    // Kafka, Postgres and every process of the run share the machine; a busy machine shows here.
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** The p-th percentile (0–100) of samples, by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The middle of the samples (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Latency summary in milliseconds. */
export function latencies(samplesMs: readonly number[]) {
  return {
    count: samplesMs.length,
    p50Ms: round(percentile(samplesMs, 50)),
    p95Ms: round(percentile(samplesMs, 95)),
    p99Ms: round(percentile(samplesMs, 99)),
    // Not Math.max(...samples): a spread of 200,000 samples (10,000 subscribers × 20 events) overflows the stack.
    maxMs: round(percentile(samplesMs, 100)),
  };
}

export interface LoadRun {
  /** Latency of every call that succeeded, in milliseconds. */
  samples: number[];
  failures: number;
  /** Successful calls per second over the whole run. */
  perSecond: number;
}

/**
 * Closed-loop load: `clients` loops call `operation` back to back for `seconds`, timing each call that succeeds.
 * `operation` gets the client's number, the call's number within that client, and its number across all clients.
 */
export async function runLoad(
  clients: number,
  seconds: number,
  operation: (client: number, i: number, sequence: number) => Promise<void>,
): Promise<LoadRun> {
  const samples: number[] = [];
  let failures = 0;
  let sequence = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const t0 = performance.now();
        try {
          await operation(client, i, sequence++);
          samples.push(performance.now() - t0);
        } catch {
          failures++;
        }
      }
    }),
  );
  return { samples, failures, perSecond: round(samples.length / ((performance.now() - started) / 1000)) };
}

/** runLoad, summarised: throughput, failures and latency percentiles. */
export async function load(
  clients: number,
  seconds: number,
  operation: (client: number, i: number, sequence: number) => Promise<void>,
) {
  const { samples, failures, perSecond } = await runLoad(clients, seconds, operation);
  return { perSecond, failures, ...latencies(samples) };
}

/**
 * Open-loop load: starts a call every 1000/`perSecond` ms for `seconds`, whether earlier calls have answered or
 * not, and times each from when it was due. Unlike closed-loop load, a slow answer does not hold back the calls
 * after it, so the latencies are what clients arriving at that rate see.
 */
export async function runAtRate(
  perSecond: number,
  seconds: number,
  operation: (sequence: number) => Promise<void>,
): Promise<LoadRun> {
  const samples: number[] = [];
  let failures = 0;
  const calls: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.round(perSecond * seconds);
  for (let sequence = 0; sequence < total; sequence++) {
    const due = started + (sequence * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    calls.push(
      operation(sequence).then(
        () => void samples.push(performance.now() - due),
        () => void failures++,
      ),
    );
  }
  await Promise.all(calls);
  return { samples, failures, perSecond: round(samples.length / ((performance.now() - started) / 1000)) };
}

/** A local process's memory from /proc (Linux), in MiB: VmRSS, resident now, or VmHWM, the most it has been. */
export function processMemoryMiB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
}

/**
 * The CPU seconds a local process and every process below it have used so far, from /proc (Linux). Children that
 * have exited and been waited for count too (in their parent's cutime and cstime): a server that starts a process
 * per connection (Postgres) would otherwise seem to give CPU time back when one ends. A process that ends while it
 * is being read counts as nothing.
 */
export function processTreeCpuSeconds(pid: number): number {
  const ticksPerSecond = 100;
  // A process that ended meanwhile: its entries are gone.
  const vanished = (error: unknown) => ['ENOENT', 'ESRCH'].includes((error as NodeJS.ErrnoException).code ?? '');
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if (vanished(error)) return undefined;
      throw error;
    }
  };
  const own = (id: number): number => {
    const stat = read(`/proc/${id}/stat`);
    if (stat === undefined) return 0;
    // The command name, in parentheses, may hold spaces: the fields are counted after it. utime, stime, then the
    // cutime and cstime of the children waited for.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / ticksPerSecond;
  };
  const children = (id: number): number[] => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${id}/task`);
    } catch (error) {
      if (vanished(error)) return [];
      throw error;
    }
    return tasks.flatMap((task) =>
      (read(`/proc/${id}/task/${task}/children`) ?? '').split(' ').filter(Boolean).map(Number),
    );
  };
  const walk = (id: number): number => own(id) + children(id).reduce((sum, child) => sum + walk(child), 0);
  return walk(pid);
}

/**
 * Runs a benchmark as a script: `measure` sets up, measures, cleans up and returns the report, which is printed as
 * JSON on stdout (the figures the READMEs quote come from there); a failure is printed with its stack on stderr and
 * exits 1, so that a harness never mistakes it for a result.
 */
export function runBenchmark(name: string, measure: () => Promise<object>): void {
  measure().then(
    (report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${name} bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
