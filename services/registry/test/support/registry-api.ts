import type { RoleGrant } from '@mesh/platform';
import { uniqueName, type HttpApi, type Reply } from '@mesh/testing';

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
  api: HttpApi;
}

function expectStatus<T>(reply: Reply<T>, status: number, what: string): T {
  if (reply.status !== status)
    throw new Error(`${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** A fresh domain, created by the admin; its name is unique so that runs repeat on the same database. */
export async function createDomain(admin: HttpApi, label = 'domain'): Promise<DomainReply> {
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
  creator: HttpApi,
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
