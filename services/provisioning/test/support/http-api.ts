export interface Reply<T> {
  status: number;
  body: T;
}

/** A service's JSON API as one principal sees it: every request carries its token. */
export class HttpApi {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = contentType;
    if (this.token !== undefined) headers.Authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed as T };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T = unknown>(path: string, body: unknown, contentType?: string) {
    return this.request<T>('PUT', path, body, contentType);
  }

  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}
