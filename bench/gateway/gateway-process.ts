import { freePort, startService } from '@mesh/testing';
import { once } from 'node:events';
import WebSocket from 'ws';
import { processMemoryMiB, processTreeCpuSeconds, round } from '../support/report';

/**
 * The gateway under test: a process of the bench's own, from source, composing the services already running at
 * their default URLs. Its pid gives its memory and CPU; its inspector (bound to a free local port) lets the bench
 * collect its garbage before reading its memory, so that memory per connection is live memory, not garbage.
 */
export interface GatewayUnderTest {
  url: string;
  pid: number;
  /** VmRSS, and the V8 heap in use as /metrics tells it (null if the gateway stops reporting it). */
  memory(): Promise<{ rssBytes: number; heapUsedBytes: number | null }>;
  collectGarbage(): Promise<void>;
  /** The value of a /metrics sample, e.g. `gateway_active_subscriptions{field="qualityAlerts"}`. */
  metric(sample: string): Promise<number | null>;
  /** The distinct messages the gateway logged (at LOG_LEVEL=warn: its warnings and errors). */
  loggedMessages(): string[];
  stop(): Promise<void>;
}

export async function startGateway(token: string): Promise<GatewayUnderTest> {
  const inspectorPort = await freePort();
  const service = await startService('gateway', {
    port: await freePort(),
    env: { REGISTRY_TOKEN: token, LOG_LEVEL: 'warn', NODE_OPTIONS: `--inspect=127.0.0.1:${inspectorPort}` },
  });
  const pid = service.process.pid;
  if (pid === undefined) throw new Error('the gateway process has no pid');
  const gateway: GatewayUnderTest = {
    url: service.url,
    pid,
    memory: async () => ({
      rssBytes: processMemoryMiB(pid) * 2 ** 20,
      heapUsedBytes: await gateway.metric('nodejs_heap_size_used_bytes'),
    }),
    collectGarbage: () => collectGarbage(inspectorPort),
    metric: async (sample) => {
      const text = await (await fetch(`${service.url}/metrics`)).text();
      const line = text.split('\n').find((candidate) => candidate.startsWith(`${sample} `));
      return line === undefined ? null : Number(line.slice(sample.length + 1));
    },
    loggedMessages: () => [...new Set(service.output().split('\n').flatMap(messageOf))],
    stop: () => service.stop(),
  };
  // Subscribing before the Kafka consumer has joined its group would miss the first events.
  const deadline = Date.now() + 60_000;
  while ((await fetch(`${service.url}/ready`)).status !== 200) {
    if (Date.now() > deadline) throw new Error(`the gateway was not ready within 60 s:\n${service.output()}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return gateway;
}

/** A pino line's message; other output (the inspector's banner) is left out. */
function messageOf(line: string): string[] {
  try {
    const { msg } = JSON.parse(line) as { msg?: unknown };
    return [typeof msg === 'string' ? msg : line];
  } catch {
    return [];
  }
}

/** HeapProfiler.collectGarbage over the Chrome DevTools protocol: a full GC, as --expose-gc's gc() would do. */
async function collectGarbage(inspectorPort: number): Promise<void> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await once(socket, 'open');
  const done = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { id?: number }).id === 1) resolve();
    }),
  );
  socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
  await done;
  socket.close();
}

/** CPU seconds used so far by the gateway and by this bench process (the load generator, on the same cores). */
export interface CpuReading {
  gateway: number;
  bench: number;
}

export function readCpu(gatewayPid: number): CpuReading {
  const own = process.cpuUsage();
  return { gateway: processTreeCpuSeconds(gatewayPid), bench: (own.user + own.system) / 1e6 };
}

/** CPU time per operation between two readings, in milliseconds (or another unit, by `perSecond`). */
export function cpuPer(before: CpuReading, after: CpuReading, operations: number, perSecond = 1_000): CpuReading {
  const per = (seconds: number) => round((seconds * perSecond) / Math.max(1, operations), 3);
  return { gateway: per(after.gateway - before.gateway), bench: per(after.bench - before.bench) };
}
