import { createClient as createSocket } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

export interface MeshClient {
  client: Client;
  /** Closes the subscription socket (on sign-out, or when the token changes). */
  dispose: () => void;
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * One urql client per token: queries and mutations over HTTP, subscriptions over one graphql-ws socket. The socket
 * reconnects by itself, since the gateway drops slow subscribers and restarts during development.
 */
export function createMeshClient(token: string): MeshClient {
  const authorization = `Bearer ${token}`;
  const socket = createSocket({
    url: socketUrl(),
    connectionParams: { Authorization: authorization },
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });
  const client = new Client({
    url: '/graphql',
    // POST always: the gateway's CSRF protection refuses GET queries without a preflight header.
    preferGetMethod: false,
    fetchOptions: { headers: { Authorization: authorization } },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => void socket.dispose() };
}
