import type { GraphQLError } from 'graphql';
import { serviceRefusal, serviceUnavailable, type ServiceName } from './service-error';

export type QueryValue = string | number | boolean | readonly string[] | undefined | null;

export interface ServiceRequest {
  query?: Record<string, QueryValue>;
  /** A JSON body, or text sent with `contentType`. */
  body?: unknown;
  contentType?: string;
}

/** The page size `everyPage` asks for: the services' largest. */
const EVERY_PAGE_LIMIT = 200;

/** Reports each call made, for the gateway's metrics. */
export type CallObserver = (service: ServiceName, outcome: 'ok' | 'refused' | 'unavailable', seconds: number) => void;

/**
 * HTTP to one service on behalf of one caller: every call carries the caller's token (the service decides what the
 * caller may do, not the gateway), stops at the service timeout or the query's deadline, whichever comes first, and
 * fails with a GraphQL error naming the service.
 */
export class ServiceHttp {
  constructor(
    readonly service: ServiceName,
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly deadline: AbortSignal,
    private readonly timeoutMs: number,
    private readonly observe: CallObserver,
  ) {}

  get<T>(path: string, query?: Record<string, QueryValue>): Promise<T> {
    return this.call<T>('GET', path, { query });
  }

  /**
   * Every item of a paginated list (`{ items, nextCursor }`), following the cursors, for the short lists a GraphQL
   * field returns whole (policies, waivers).
   */
  async everyPage<T>(path: string, query: Record<string, QueryValue> = {}): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: T[]; nextCursor: string | null } = await this.get(path, {
        ...query,
        limit: EVERY_PAGE_LIMIT,
        cursor: cursor ?? undefined,
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  }

  /** The answer, or null when the service answers 404. */
  async find<T>(path: string, query?: Record<string, QueryValue>): Promise<T | null> {
    try {
      return await this.call<T>('GET', path, { query });
    } catch (error) {
      if ((error as GraphQLError).extensions?.status === 404) return null;
      throw error;
    }
  }

  post<T>(path: string, body: unknown = {}, contentType?: string): Promise<T> {
    return this.call<T>('POST', path, { body, contentType });
  }

  put<T>(path: string, body: unknown, contentType?: string): Promise<T> {
    return this.call<T>('PUT', path, { body, contentType });
  }

  async call<T>(method: string, path: string, request: ServiceRequest = {}): Promise<T> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    let response: Response;
    try {
      response = await fetch(this.urlOf(path, request.query), {
        method,
        headers: this.headersFor(request),
        body: bodyOf(request),
        signal: AbortSignal.any([this.deadline, AbortSignal.timeout(this.timeoutMs)]),
      });
    } catch (error) {
      this.observe(this.service, 'unavailable', seconds());
      throw serviceUnavailable(this.service, reasonOf(error, this.timeoutMs));
    }
    const text = await response.text();
    const body = text === '' ? undefined : parseJson(text);
    if (response.ok) {
      this.observe(this.service, 'ok', seconds());
      return body as T;
    }
    // A service that answers 5xx is as good as down for this field; its own message still says why.
    this.observe(this.service, response.status >= 500 ? 'unavailable' : 'refused', seconds());
    if (response.status >= 500 && response.status !== 501) {
      throw serviceUnavailable(this.service, `it answered ${response.status}`);
    }
    throw serviceRefusal(this.service, response.status, body);
  }

  private urlOf(path: string, query: Record<string, QueryValue> = {}): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
    }
    const suffix = search.size > 0 ? `?${search.toString()}` : '';
    return `${this.baseUrl}${path}${suffix}`;
  }

  private headersFor(request: ServiceRequest): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${this.token}` };
    if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
    return headers;
  }
}

function bodyOf(request: ServiceRequest): string | undefined {
  if (request.body === undefined) return undefined;
  return typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  if (name === 'AbortError') return 'the query ran out of time';
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).message;
}

/** Path segments are encoded one by one, so a name can never climb out of its route. */
export function path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((built, part, index) => {
    const value = index < values.length ? encodeURIComponent(String(values[index])) : '';
    return built + part + value;
  }, '');
}
