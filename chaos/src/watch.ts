import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunningService } from '@mesh/testing';
import { sleep } from './http';

/** Resident memory of a process, in MiB; 0 once it is gone. */
export function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Math.round((pages * 4096) / 2 ** 20);
  } catch {
    return 0;
  }
}

/** The processes of a stack component: its pid file's process and every descendant (Postgres forks one per client). */
function treeOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

/** RSS of each running stack component (with its children), from the stack's pid files. */
export function stackRssMiB(meshHome: string): Record<string, number> {
  const pids = resolve(meshHome, 'pids');
  const sizes: Record<string, number> = {};
  for (const file of readdirSync(pids).filter((name) => name.endsWith('.pid'))) {
    const pid = Number(readFileSync(resolve(pids, file), 'utf8').trim());
    sizes[file.replace(/\.pid$/, '')] = treeOf(pid).reduce((sum, each) => sum + rssMiB(each), 0);
  }
  return sizes;
}

/** Every process of the mesh, by service name, numbered when a service runs several (MESH_REPLICAS). */
export function eachInstance(processes: Record<string, RunningService>): [string, RunningService][] {
  return Object.entries(processes).flatMap(([name, service]) =>
    service.instances.length === 1
      ? [[name, service] as [string, RunningService]]
      : service.instances.map((instance, index) => [`${name}#${index + 1}`, instance] as [string, RunningService]),
  );
}

/**
 * Watches the mesh's processes while the run lasts: their memory every few seconds, and every exit nobody asked
 * for (a crash), told apart from the kills the faults make; a crashed service is started again, as an orchestrator
 * would, so that one crash shows as one and a crash loop as many.
 */
export class ProcessWatch {
  readonly memory: Record<string, number[]> = {};
  readonly unexpectedExits: string[] = [];
  private readonly expected = new Set<number>();
  private readonly watched = new Set<number>();
  private running = true;
  private loop: Promise<void> | undefined;

  constructor(private readonly processes: () => Record<string, RunningService>) {}

  start(intervalMs: number): void {
    this.loop = (async () => {
      while (this.running) {
        for (const [name, instance] of eachInstance(this.processes())) {
          this.follow(name, instance);
          (this.memory[name] ??= []).push(rssMiB(instance.process.pid));
        }
        await sleep(intervalMs);
      }
    })();
  }

  /** The next exit of this process is the fault's doing. */
  expectExit(service: RunningService): void {
    if (service.process.pid !== undefined) this.expected.add(service.process.pid);
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private follow(name: string, service: RunningService): void {
    const child = service.process;
    if (child.pid === undefined || this.watched.has(child.pid)) return;
    this.watched.add(child.pid);
    child.once('exit', (code, signal) => {
      if (!this.running || this.expected.has(child.pid!)) return;
      this.unexpectedExits.push(`${name} (pid ${child.pid}) exited: ${signal ?? code}`);
      // As an orchestrator would: the crash is recorded, and the service runs again.
      void service
        .restart()
        .catch((error: unknown) => this.unexpectedExits.push(`${name} did not restart: ${String(error)}`));
    });
  }
}

/** Every instance of every service answers /ready. */
export async function allReady(processes: Record<string, RunningService>): Promise<boolean> {
  const answers = await Promise.all(
    eachInstance(processes).map(async ([, service]) => {
      try {
        return (await fetch(`${service.url}/ready`, { signal: AbortSignal.timeout(3_000) })).ok;
      } catch {
        return false;
      }
    }),
  );
  return answers.every(Boolean);
}
