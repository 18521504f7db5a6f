export interface Reply<T> {
  status: number;
  body: T;
}

export interface ErrorReply {
  error: { status: number; code: string; message: string; details?: { pointer: string; message: string }[] };
}

/** A JSON API as one principal sees it: every request carries its token, if it has one. */
export class Api {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  as(token?: string): Api {
    return new Api(this.baseUrl, token);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: string | object,
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
    const json = response.headers.get('content-type')?.includes('json') === true && text !== '';
    return { status: response.status, body: (json ? JSON.parse(text) : text) as T };
  }

  get<T = unknown>(path: string): Promise<Reply<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body: object = {}): Promise<Reply<T>> {
    return this.request<T>('POST', path, body);
  }

  put<T = unknown>(path: string, body: string, contentType: string): Promise<Reply<T>> {
    return this.request<T>('PUT', path, body, contentType);
  }
}

/** Fails with the reply when its status is not the expected one, so a test failure says what the API said. */
export function expectStatus<T>(reply: Reply<T>, status: number): T {
  if (reply.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}
