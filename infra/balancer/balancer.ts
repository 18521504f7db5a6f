// A small round-robin TCP balancer on 127.0.0.1, in front of the instances of a service when the platform runs more
// than one of each (`./platform start --replicas 2`, and MESH_REPLICAS=2 in the tests): what a Kubernetes Service
// does in a cluster. It balances connections, not requests, so HTTP keep-alive and WebSockets (the gateway's
// subscriptions) pass through unchanged. A connection that an instance refuses (it is down, or restarting) goes to
// the next one, and that instance is left out for a moment: nothing has been sent yet, so retrying is safe.
//
// It runs as a process of its own (compiled with the services: node dist/infra/balancer/balancer.js), never inside a
// test's process, whose event loop a synchronous call (a PyIceberg writer run with spawnSync) would stop, and every
// connection through the balancer with it.
//
//   node dist/infra/balancer/balancer.js <port>=<instance port>,<instance port> [...]
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';

/** How long an instance that refused a connection is left out of the rotation. */
const LEFT_OUT_MS = 2_000;

export class Balancer {
  private next = 0;
  private readonly downUntil = new Map<number, number>();
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly instances: readonly number[],
  ) {}

  /** Listens on `port` (0 for any free one) and spreads connections over the instances' ports. */
  static async start(port: number, instances: readonly number[]): Promise<Balancer> {
    if (instances.length === 0) throw new Error('a balancer needs at least one instance');
    const made: { balancer?: Balancer } = {};
    const server = createServer((client) => made.balancer?.accept(client));
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    made.balancer = new Balancer(server, (server.address() as { port: number }).port, instances);
    return made.balancer;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }

  private accept(client: Socket): void {
    this.track(client);
    client.on('error', () => client.destroy());
    // What the client sends before an instance accepts is held, then replayed to the instance that does.
    client.pause();
    this.forward(client, this.rotation());
  }

  /** The instances in the order to try for the next connection: round-robin, the ones left out last. */
  private rotation(): number[] {
    const start = this.next++ % this.instances.length;
    const ordered = [...this.instances.slice(start), ...this.instances.slice(0, start)];
    const now = Date.now();
    const up = ordered.filter((port) => (this.downUntil.get(port) ?? 0) <= now);
    return [...up, ...ordered.filter((port) => !up.includes(port))];
  }

  private forward(client: Socket, candidates: number[]): void {
    const [port, ...rest] = candidates;
    if (port === undefined || client.destroyed) {
      client.destroy();
      return;
    }
    const upstream = connect(port, '127.0.0.1');
    const refused = () => {
      this.downUntil.set(port, Date.now() + LEFT_OUT_MS);
      upstream.destroy();
      this.forward(client, rest);
    };
    upstream.once('error', refused);
    upstream.once('connect', () => {
      upstream.off('error', refused);
      this.track(upstream);
      // Either side gone (an instance killed, a client away): the other goes too, as with a direct connection.
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}

/** `3001=3101,3201 8181=8281,8381`: a balancer on each port before the `=`, over the ports after it. */
async function main(routes: readonly string[]): Promise<void> {
  if (routes.length === 0) throw new Error('usage: balancer.ts <port>=<instance port>,<instance port> [...]');
  for (const route of routes) {
    const [listen, instances] = route.split('=');
    const balancer = await Balancer.start(Number(listen), instances.split(',').map(Number));
    console.log(`balancer: 127.0.0.1:${balancer.port} → ${instances}`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`balancer: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
