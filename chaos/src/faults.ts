import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RunningService } from '@mesh/testing';
import { sleep } from './http';
import type { LatencyProxy } from './latency-proxy';

const STACK = resolve(__dirname, '../../infra/local/stack');
const run = promisify(execFile);

/** A fault: what breaks, for how long, and how it heals. */
export interface Fault {
  name: string;
  /** Breaks something; resolves once it is broken. */
  inject(): Promise<void>;
  /** Undoes the fault; resolves once the broken part runs again (not once the mesh has caught up). */
  heal(): Promise<void>;
  /** How long the fault lasts between inject and heal. */
  holdMs: number;
}

/** kill -9 of a service's process, then a start on the same port, database and topics. */
export function killService(name: string, service: () => RunningService, holdMs: number): Fault {
  return {
    name: `kill -9 ${name}`,
    holdMs,
    inject: () => service().kill(),
    heal: () => service().restart(),
  };
}

/** SIGSTOP: the process hangs (its connections stay open, nothing answers), then SIGCONT. */
export function pauseService(name: string, service: () => RunningService, holdMs: number): Fault {
  return {
    name: `SIGSTOP ${name}`,
    holdMs,
    inject: async () => {
      service().process.kill('SIGSTOP');
    },
    heal: async () => {
      service().process.kill('SIGCONT');
    },
  };
}

/** A component of the local stack stopped (Postgres with a fast shutdown) and started again. */
export function stopComponent(component: 'kafka' | 'postgres' | 'redis' | 'opensearch', holdMs: number): Fault {
  return {
    name: `${component} stop/start`,
    holdMs,
    inject: async () => {
      await run(STACK, ['down', component]);
    },
    heal: async () => {
      await run(STACK, ['up', component], { timeout: 300_000 });
    },
  };
}

/** Latency on every byte between a service and the registry it calls (token introspection, schemas). */
export function delayLink(name: string, proxy: LatencyProxy, delayMs: number, holdMs: number): Fault {
  return {
    name: `${delayMs} ms delay ${name} → registry`,
    holdMs,
    inject: async () => proxy.setDelay(delayMs),
    heal: async () => proxy.setDelay(0),
  };
}

/** Several faults at once: injected together, healed together in the same order (the broker before its clients). */
export function together(faults: readonly Fault[]): Fault {
  return {
    name: faults.map((fault) => fault.name).join(' + '),
    holdMs: Math.max(...faults.map((fault) => fault.holdMs)),
    inject: async () => {
      for (const fault of faults) await fault.inject();
    },
    heal: async () => {
      for (const fault of faults) await fault.heal();
    },
  };
}

/** Injects, holds, heals; returns when each happened. */
export async function applyFault(
  fault: Fault,
): Promise<{ startedAt: number; healStartedAt: number; healedAt: number }> {
  const startedAt = Date.now();
  await fault.inject();
  await sleep(fault.holdMs);
  const healStartedAt = Date.now();
  await fault.heal();
  return { startedAt, healStartedAt, healedAt: Date.now() };
}
