import { CliError } from '../cli-error';
import type { Connection } from '../connection/connection';
import { describeGraphQLErrors, isUnauthenticated, type GraphQLErrorEntry } from './graphql-errors';

const REQUEST_TIMEOUT_MS = 60_000;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

/** The gateway's `/ready` answer: each component it depends on (every service, and Kafka) with its state. */
export interface ReadyReport {
  status: string;
  info?: Record<string, { status: string; [detail: string]: unknown }>;
  error?: Record<string, { status: string; [detail: string]: unknown }>;
}

/**
 * Queries and mutations over HTTP. Whatever goes wrong becomes a one-line CliError that names the problem: the
 * URL it could not reach, a token the gateway refused, or the gateway's errors with their codes.
 */
export class GatewayClient {
  readonly endpoint: string;

  constructor(
    readonly connection: Connection,
    private readonly warn: (line: string) => void = (line) => process.stderr.write(`warning: ${line}\n`),
  ) {
    this.endpoint = `${connection.url.replace(/\/+$/, '')}/graphql`;
  }

  /**
   * The operation's data. Errors beside data (a service down while the rest answered) are warnings: the caller
   * still gets what the gateway could give. Errors without data fail.
   */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${this.connection.token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let answer: GraphQLAnswer<T>;
    try {
      answer = JSON.parse(text) as GraphQLAnswer<T>;
    } catch {
      throw new CliError(
        `the gateway at ${this.endpoint} answered ${response.status} without JSON: ${text.slice(0, 200)}`,
      );
    }
    const errors = answer.errors ?? [];
    if (isUnauthenticated(errors)) {
      throw new CliError(
        `the gateway at ${this.endpoint} refused the token from ${this.connection.tokenSource}: ${describeGraphQLErrors(errors)}`,
      );
    }
    if (answer.data === undefined || answer.data === null) {
      if (errors.length > 0) throw new CliError(describeGraphQLErrors(errors));
      throw new CliError(`the gateway at ${this.endpoint} answered ${response.status} without data`);
    }
    for (const error of errors) this.warn(describeGraphQLErrors([error]));
    return answer.data;
  }

  /** The same client without warnings about partial answers: for polls about things the services may not know yet. */
  quiet(): GatewayClient {
    return new GatewayClient(this.connection, () => undefined);
  }

  /** The gateway's readiness report: every service and Kafka. Answers 503 with the same shape when one is down. */
  async ready(): Promise<ReadyReport> {
    const url = `${this.connection.url.replace(/\/+$/, '')}/ready`;
    const response = await this.fetch(url, { headers: { Accept: 'application/json' } });
    const text = await response.text();
    try {
      return JSON.parse(text) as ReadyReport;
    } catch {
      throw new CliError(`${url} answered ${response.status} without JSON: ${text.slice(0, 200)}`);
    }
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw new CliError(`cannot reach the gateway at ${url}: ${networkReason(error)}`);
    }
  }
}

/** Why a fetch failed, in words: undici hides the system error (ECONNREFUSED...) in `cause`. */
export function networkReason(error: unknown): string {
  // Duck-typed rather than instanceof: errors may come from another realm (a test runner's sandbox).
  const failure = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError')
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  const code = failure.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (is the platform started? `./platform start`)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  return failure.cause?.message ?? failure.message ?? String(error);
}
