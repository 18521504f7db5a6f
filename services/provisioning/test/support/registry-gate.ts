import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What provisioning sees of the registry: a proxy that a test can close. Closed, it still forwards the
 * Confluent Schema Registry API (`/schema-registry/…`), which the registry happens to host but which is the
 * event bus's, needed to decode and encode any event; every other request has its connection dropped, as a
 * registry that is down would, and is counted.
 */
export interface RegistryGate {
  url: string;
  close(): void;
  open(): void;
  /** Requests other than the Schema Registry's that came while the gate was closed: `GET /v1/…`. */
  refused(): readonly string[];
  stop(): Promise<void>;
}

const SCHEMA_REGISTRY = '/schema-registry/';

export async function startRegistryGate(target: string): Promise<RegistryGate> {
  const upstream = new URL(target);
  let closed = false;
  const refused: string[] = [];
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const proxied = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on('error', () => outgoing.destroy());
    incoming.pipe(proxied);
  };
  const server: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    if (!closed || path.startsWith(SCHEMA_REGISTRY)) return forward(incoming, outgoing);
    refused.push(`${incoming.method} ${path}`);
    incoming.socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      closed = true;
    },
    open: () => {
      closed = false;
    },
    refused: () => refused,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
