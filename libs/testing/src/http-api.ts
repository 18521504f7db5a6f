export interface Reply<T> {
  status: number;
  headers: Headers;
  /** The parsed JSON body; the text when it is not JSON; undefined when empty. */
  body: T;
}

/** A content type (the common case), or request headers to add. */
export type RequestOptions = string | Record<string, string>;

/** A service's HTTP API as one principal sees it: every request carries its token, if it has one. */
export class HttpApi {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    /** Abort a request that has not answered by then (a hung service); none by default. */
    readonly timeoutMs?: number,
  ) {}

  /** The same API as another principal (or, without a token, as nobody). */
  as(token?: string): HttpApi {
    return new HttpApi(this.baseUrl, token, this.timeoutMs);
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...(typeof options === 'string' ? { 'Content-Type': options } : options),
    };
    if (body !== undefined) headers['Content-Type'] ??= 'application/json';
    if (this.token !== undefined) headers.Authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      signal: this.timeoutMs === undefined ? undefined : AbortSignal.timeout(this.timeoutMs),
    });
    return { status: response.status, headers: response.headers, body: parsed(await response.text()) as T };
  }

  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>): Promise<Reply<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown = {}, options?: RequestOptions): Promise<Reply<T>> {
    return this.request<T>('POST', path, body, options);
  }

  put<T = Record<string, unknown>>(path: string, body: unknown, options?: RequestOptions): Promise<Reply<T>> {
    return this.request<T>('PUT', path, body, options);
  }

  patch<T = Record<string, unknown>>(path: string, body: unknown, options?: RequestOptions): Promise<Reply<T>> {
    return this.request<T>('PATCH', path, body, options);
  }

  delete<T = Record<string, unknown>>(path: string): Promise<Reply<T>> {
    return this.request<T>('DELETE', path);
  }
}

function parsed(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
