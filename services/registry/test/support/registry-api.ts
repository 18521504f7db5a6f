import type { RoleGrant } from '@mesh/platform';
import { uniqueName } from '@mesh/testing';

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** The registry's JSON API as one principal sees it: every request carries its token, if it has one. */
export class RegistryApi {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  /** The same API with another token, or none. */
  as(token?: string): RegistryApi {
    return new RegistryApi(this.baseUrl, token);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.token !== undefined) headers.Authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text === '' ? undefined : JSON.parse(text)) as T,
    };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }

  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export interface ErrorReply {
  error: { status: number; code: string; message: string; details?: { pointer: string; message: string }[] };
}

export interface DomainReply {
  name: string;
  title: string;
  description: string | null;
  owningTeam: string;
  createdAt: string;
  updatedAt: string;
}

export interface PrincipalReply {
  id: string;
  name: string;
  kind: 'user' | 'service';
  roles: RoleGrant[];
  createdAt: string;
}

export interface CreatedTokenReply {
  id: string;
  token: string;
  expiresAt: string;
}

export interface PageReply<T> {
  items: T[];
  nextCursor: string | null;
}

/** A principal of the test with a token, and the API as it sees it. */
export interface Actor extends PrincipalReply {
  token: string;
  tokenId: string;
  api: RegistryApi;
}

function expectStatus<T>(reply: Reply<T>, status: number, what: string): T {
  if (reply.status !== status)
    throw new Error(`${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** A fresh domain, created by the admin; its name is unique so that runs repeat on the same database. */
export async function createDomain(admin: RegistryApi, label = 'domain'): Promise<DomainReply> {
  const name = uniqueName(label);
  const reply = await admin.post<DomainReply>('/v1/domains', {
    name,
    title: `Domain ${name}`,
    owningTeam: `team-${label}`,
  });
  return expectStatus(reply, 201, `creating domain ${name}`);
}

/** A fresh principal with these roles and a token of its own, created by `creator` (the admin by default). */
export async function createActor(
  creator: RegistryApi,
  roles: RoleGrant[],
  kind: 'user' | 'service' = 'user',
): Promise<Actor> {
  const name = uniqueName(kind);
  const principal = expectStatus(
    await creator.post<PrincipalReply>('/v1/principals', { name, kind, roles }),
    201,
    `creating principal ${name}`,
  );
  const created = expectStatus(
    await creator.post<CreatedTokenReply>(`/v1/principals/${principal.id}/tokens`, { name: 'test' }),
    201,
    `creating a token for ${name}`,
  );
  return { ...principal, token: created.token, tokenId: created.id, api: creator.as(created.token) };
}
