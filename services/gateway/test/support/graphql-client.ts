import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLReply<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
}

/** GraphQL over HTTP as one principal sees it. */
export function graphql(gatewayUrl: string, token: string | null) {
  return async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLReply<T>> => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLReply<T>['body'] };
  };
}

/** A graphql-ws subscription that keeps what arrives and how its socket closed, for a test to look at. */
export interface LiveSubscription<T> {
  received: T[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  dispose(): Promise<void>;
}

export function subscribe<T>(
  gatewayUrl: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): LiveSubscription<T> {
  const live: LiveSubscription<T> = { received: [], errors: [], closed: null, dispose: async () => undefined };
  const client: Client = createClient({
    url: `${gatewayUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        live.closed = { code, reason };
      },
    },
  });
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.data !== undefined && value.data !== null) {
          live.received.push(Object.values(value.data as Record<string, T>)[0]);
        }
        if (value.errors !== undefined) live.errors.push(...value.errors);
      },
      error: (error) => live.errors.push(error),
      complete: () => undefined,
    },
  );
  live.dispose = () => client.dispose() as Promise<void>;
  return live;
}
