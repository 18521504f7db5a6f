/** Limit of each request to the catalog (the registry's client, @mesh/registry-client, has the same). */
const TIMEOUT_MS = 10_000;

/**
 * A call to another service failed. `status` is null when no answer came (refused, timed out); `permanent` says
 * whether retrying the same call can succeed: an unreachable or overloaded service can come back, a request it
 * refuses as invalid or forbidden stays refused.
 */
export class UpstreamError extends Error {
  readonly permanent: boolean;

  constructor(
    readonly service: string,
    message: string,
    readonly status: number | null,
    readonly errorType: string | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'UpstreamError';
    this.permanent = status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
  }
}

export interface JsonReply<T> {
  status: number;
  body: T;
}

/** JSON over HTTP with a bearer token, for the catalog's APIs (the registry's has a generated client). */
export class JsonClient {
  private readonly baseUrl: string;

  constructor(
    private readonly service: string,
    baseUrl: string,
    private readonly token: string | undefined,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /**
   * Sends the request; answers with statuses in `accepted` come back, any other status is an UpstreamError
   * carrying the message of the body when there is one.
   */
  async request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD',
    path: string,
    options: { body?: unknown; accepted?: readonly number[]; contentType?: string } = {},
  ): Promise<JsonReply<T>> {
    const accepted = options.accepted ?? [200];
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token !== undefined) headers.Authorization = `Bearer ${this.token}`;
    if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
    const where = `${method} ${this.service}${path}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      throw new UpstreamError(this.service, `${where}: ${(error as Error).message}`, null, null, { cause: error });
    }
    const body: unknown = text === '' ? null : parseJson(text);
    if (!accepted.includes(response.status)) {
      const { message, type } = errorOf(body);
      throw new UpstreamError(
        this.service,
        `${where} answered ${response.status}: ${message ?? text}`,
        response.status,
        type,
      );
    }
    return { status: response.status, body: body as T };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The message and type of an error body: the Iceberg REST `{ error: { message, type } }` or the platform's. */
function errorOf(body: unknown): { message: string | null; type: string | null } {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return { message: null, type: null };
  const { message, type, code } = error as { message?: unknown; type?: unknown; code?: unknown };
  return {
    message: typeof message === 'string' ? message : null,
    type: typeof type === 'string' ? type : typeof code === 'string' ? code : null,
  };
}
