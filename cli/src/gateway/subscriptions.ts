import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CliError } from '../cli-error';
import type { Connection } from '../connection/connection';
import { describeGraphQLErrors, type GraphQLErrorEntry } from './graphql-errors';

/** graphql-ws closes with 4403 when connection_init's token is refused (and later, when it is revoked). */
const CLOSE_FORBIDDEN = 4403;

/**
 * The gateway's subscriptions over graphql-ws, at the same path as queries, with the token in connectionParams.
 * `connect()` resolves once the gateway has acknowledged the connection, so that a caller can subscribe before it
 * causes the events it waits for (apply follows the lifecycle that way).
 */
export class GatewaySubscriptions {
  readonly endpoint: string;
  private readonly client: Client;
  private readonly failed: Promise<never>;

  constructor(private readonly connection: Connection) {
    this.endpoint = `${connection.url.replace(/\/+$/, '').replace(/^http/, 'ws')}/graphql`;
    let fail: (error: CliError) => void = () => undefined;
    this.failed = new Promise<never>((_, reject) => (fail = reject));
    // Nobody may await `failed`: a failure is reported through connect() or the streams instead.
    this.failed.catch(() => undefined);
    this.client = createClient({
      url: this.endpoint,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${connection.token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: (failure) => fail(this.describeFailure(failure)),
    });
  }

  /** Resolves when the gateway accepted the connection; rejects with the reason it did not. */
  connect(): Promise<void> {
    const connected = new Promise<void>((done) => this.client.on('connected', () => done()));
    return Promise.race([connected, this.failed]);
  }

  /** The events of one subscription field, until the caller stops iterating or the connection fails. */
  async *events<T>(query: string, variables: Record<string, unknown>, field: string): AsyncGenerator<T> {
    const results = this.client.iterate<Record<string, T>>({ query, variables });
    try {
      while (true) {
        const next = await Promise.race([results.next(), this.failed]).catch((failure: unknown) => {
          throw failure instanceof CliError ? failure : this.describeFailure(failure);
        });
        if (next.done === true) return;
        const errors = (next.value.errors ?? []) as GraphQLErrorEntry[];
        if (errors.length > 0) throw new CliError(describeGraphQLErrors(errors));
        const event = next.value.data?.[field];
        if (event !== undefined) yield event;
      }
    } finally {
      await results.return?.();
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** A socket failure in words: what graphql-ws hands over is a CloseEvent, an ErrorEvent or GraphQL errors. */
  private describeFailure(failure: unknown): CliError {
    if (Array.isArray(failure)) return new CliError(describeGraphQLErrors(failure as GraphQLErrorEntry[]));
    const event = failure as { code?: number; reason?: string; message?: string; error?: { code?: string } };
    if (event.code === CLOSE_FORBIDDEN) {
      return new CliError(
        `the gateway at ${this.endpoint} refused the token from ${this.connection.tokenSource} (${event.reason ?? 'Forbidden'})`,
      );
    }
    if (event.error?.code === 'ECONNREFUSED') {
      return new CliError(`cannot reach the gateway at ${this.endpoint}: connection refused`);
    }
    if (typeof event.code === 'number') {
      return new CliError(
        `the gateway at ${this.endpoint} closed the connection: ${event.code} ${event.reason ?? ''}`.trim(),
      );
    }
    return new CliError(`cannot reach the gateway at ${this.endpoint}: ${event.message ?? String(failure)}`);
  }
}
