import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { BALANCER_ENTRY_POINT, buildServices } from '../../../infra/build/service-build';

export interface BalancerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The balancer in front of a service's instances (infra/balancer), as a process of its own: inside the test's process,
 * a synchronous call (spawnSync of a PyIceberg writer) would stop its event loop and every connection through it.
 */
export async function startBalancer(port: number, instancePorts: readonly number[]): Promise<BalancerProcess> {
  buildServices([]);
  const child = spawn(process.execPath, [BALANCER_ENTRY_POINT, `${port}=${instancePorts.join(',')}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((listening, failed) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('balancer: ')) listening();
    });
    child.once('exit', (code) => failed(new Error(`the balancer on ${port} exited with ${code}: ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
