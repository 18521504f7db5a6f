import { ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isKafkaService } from '@mesh/messaging';
import { buildServices, SERVICE_NODE_OPTIONS, serviceEntryPoint } from '../../../infra/build/service-build';
import { startBalancer } from './balancer-process';
import { freePort } from './free-port';
import { serviceKafkaEnvironment } from './kafka-access';

const REPO = resolve(__dirname, '../../..');
/** The images' unprivileged user and group (USER of deploy/docker/Dockerfile). */
export const IMAGE_USER = 1000;

/**
 * How a service's process starts: as `./platform start` starts it (`serviceCommand`), or, when MESH_IMAGES names a
 * folder of image file systems (one per service, as deploy/test/images.int-spec.ts builds them with the Dockerfile's
 * steps), as its image runs it: the compiled entry point in the image's folder with the services' node flags, as the
 * images' user when this process may switch to it, with no environment but what it is given and a /tmp of its own
 * (TMPDIR).
 */
function launch(name: string, env: Record<string, string>): { args: string[]; options: SpawnOptions } {
  const images = process.env.MESH_IMAGES;
  if (images === undefined || images === '') {
    return { args: serviceCommand(name), options: { cwd: REPO, env: { ...process.env, ...env } } };
  }
  const root = join(images, name);
  const tmp = join(root, 'tmp');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(tmp, { recursive: true });
  if (asRoot) chownSync(tmp, IMAGE_USER, IMAGE_USER);
  return {
    args: [...SERVICE_NODE_OPTIONS, `dist/services/${name}/src/main.js`],
    options: {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', TMPDIR: tmp, ...env },
      ...(asRoot ? { uid: IMAGE_USER, gid: IMAGE_USER } : {}),
    },
  };
}

/**
 * The node arguments that run a service: compiled, as `./platform start` runs it (the default; the build is
 * incremental, so only what changed since the last start is compiled again), or from source through the transpiler,
 * as `./platform dev` runs it, when MESH_SERVICE_RUNTIME=source (the footprint bench compares the two).
 */
function serviceCommand(name: string): string[] {
  if (process.env.MESH_SERVICE_RUNTIME === 'source')
    return ['-r', '@swc-node/register', `services/${name}/src/main.ts`];
  buildServices([name]);
  return [...SERVICE_NODE_OPTIONS, serviceEntryPoint(name)];
}

export interface RunningService {
  /** Where clients reach the service: its one process, or the balancer in front of its instances. */
  url: string;
  /** The current process: another one after a restart. */
  readonly process: ChildProcess;
  /** The service's stdout and stderr so far, for failure messages. */
  output(): string;
  /** SIGTERM and wait for exit: the graceful path. */
  stop(): Promise<void>;
  /** SIGKILL: the crash path. */
  kill(): Promise<void>;
  /** Starts the process again (killing it first if it still runs), same port and environment, until /health. */
  restart(): Promise<void>;
  /**
   * Each process of the service: one, or MESH_REPLICAS. The calls above act on all of them, so that a test that
   * kills "the service" finds it down however many instances run; a test that kills one instance uses these.
   */
  readonly instances: readonly RunningService[];
}

/** How many instances of each service the tests run (MESH_REPLICAS, 1 by default), behind a balancer when more. */
export function replicas(): number {
  const count = Number(process.env.MESH_REPLICAS ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error(`MESH_REPLICAS must be a whole number ≥ 1, not ${count}`);
  return count;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((done) => child.once('exit', () => done()));
}

/**
 * Runs a service on `port`, as `./platform start` does: one process, or with MESH_REPLICAS=n, n processes on ports of
 * their own behind a round-robin balancer on `port` (infra/balancer), as in a cluster. Resolves once every
 * instance answers /health.
 */
export async function startService(
  name: string,
  options: { port: number; env?: Record<string, string>; timeoutMs?: number },
): Promise<RunningService> {
  const count = replicas();
  if (count === 1) return startInstance(name, options);
  const instances: RunningService[] = [];
  for (let index = 0; index < count; index += 1) {
    instances.push(await startInstance(name, { ...options, port: await freePort() }));
  }
  const balancer = await startBalancer(
    options.port,
    instances.map((instance) => Number(new URL(instance.url).port)),
  );
  const all = (act: (instance: RunningService) => Promise<void>) => Promise.all(instances.map(act)).then(() => {});
  return {
    url: balancer.url,
    get process() {
      return instances[0].process;
    },
    output: () => instances.map((instance, index) => `[${name} #${index + 1}]\n${instance.output()}`).join('\n'),
    stop: async () => {
      await all((instance) => instance.stop());
      await balancer.stop();
    },
    kill: () => all((instance) => instance.kill()),
    restart: () => all((instance) => instance.restart()),
    instances,
  };
}

/**
 * Runs one process of a service (as in production, so a test can kill it), compiled or from its image's files
 * (`launch`), and resolves once it answers /health. A service that talks to Kafka logs in as its own user, never as
 * the admin the test process is.
 */
async function startInstance(
  name: string,
  options: { port: number; env?: Record<string, string>; timeoutMs?: number },
): Promise<RunningService> {
  const url = `http://127.0.0.1:${options.port}`;
  const prefix = options.env?.MESH_TOPIC_PREFIX ?? process.env.MESH_TOPIC_PREFIX ?? '';
  const kafka = isKafkaService(name) ? await serviceKafkaEnvironment(name, prefix) : {};
  const { args, options: spawnOptions } = launch(name, {
    PORT: String(options.port),
    LOG_LEVEL: 'warn',
    ...options.env,
    ...kafka,
  });
  let child: ChildProcess;
  let output = '';
  const spawnChild = () => {
    child = spawn(process.execPath, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  };

  const untilHealthy = async (): Promise<void> => {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} during start-up:\n${output}`);
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((wait) => setTimeout(wait, 200));
    }
    child.kill('SIGKILL');
    await exited(child);
    throw new Error(`${name} did not answer ${url}/health in time:\n${output}`);
  };

  spawnChild();
  const service: RunningService = {
    url,
    get process() {
      return child;
    },
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    restart: async () => {
      child.kill('SIGKILL');
      await exited(child);
      spawnChild();
      await untilHealthy();
    },
    get instances() {
      return [service];
    },
  };
  await untilHealthy();
  return service;
}

/** Runs a service's process in a mode that ends by itself (MIGRATE_ONLY=1), to its exit, started as `startService`'s. */
export async function runServiceToExit(
  name: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  const { args, options } = launch(name, { LOG_LEVEL: 'info', ...env });
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}
