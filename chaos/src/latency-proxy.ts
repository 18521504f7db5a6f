import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';

/**
 * A TCP proxy on 127.0.0.1 that forwards to a target found when each connection opens (the registry starts after
 * the proxy, whose address its clients are given), and delays every chunk both ways by the current delay.
 */
export class LatencyProxy {
  private delayMs = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(target: () => { host: string; port: number } | undefined): Promise<LatencyProxy> {
    const made: { proxy?: LatencyProxy } = {};
    const server = createServer((client) => {
      const address = target();
      if (address === undefined) {
        client.destroy();
        return;
      }
      const upstream = connect(address.port, address.host);
      made.proxy?.track(client, upstream);
      made.proxy?.pipe(client, upstream);
      made.proxy?.pipe(upstream, client);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    made.proxy = new LatencyProxy(server, `http://127.0.0.1:${port}`);
    return made.proxy;
  }

  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }

  private track(...sockets: Socket[]): void {
    for (const socket of sockets) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => sockets.forEach((each) => each.destroy()));
    }
  }

  /** Forwards chunks in order: a chunk never overtakes one delayed before the delay changed. */
  private pipe(from: Socket, to: Socket): void {
    let lastAt = 0;
    const later = (work: () => void) => {
      lastAt = Math.max(Date.now() + this.delayMs, lastAt);
      setTimeout(work, Math.max(0, lastAt - Date.now()));
    };
    from.on('data', (chunk) => later(() => to.writable && to.write(chunk)));
    from.on('end', () => later(() => to.end()));
  }
}
