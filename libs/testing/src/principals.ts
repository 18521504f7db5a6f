import type { RoleGrant } from '@mesh/platform';
import type { HttpApi } from './http-api';
import { uniqueName } from './unique';

export interface TestPrincipal {
  id: string;
  token: string;
}

/**
 * A fresh principal with these roles and a token of its own, created through the registry by `creator` (an admin,
 * or a domain owner for members of its domain); a refusal fails the test's set-up, naming the reply.
 */
export async function createPrincipal(
  creator: HttpApi,
  roles: readonly RoleGrant[],
  options: { kind?: 'user' | 'service'; name?: string } = {},
): Promise<TestPrincipal> {
  const name = options.name ?? uniqueName(options.kind ?? 'user');
  const principal = await creator.post<{ id: string }>('/v1/principals', { name, kind: options.kind ?? 'user', roles });
  if (principal.status !== 201) {
    throw new Error(`creating principal ${name}: ${principal.status} ${JSON.stringify(principal.body)}`);
  }
  const issued = await creator.post<{ token: string }>(`/v1/principals/${principal.body.id}/tokens`, { name: 'test' });
  if (issued.status !== 201)
    throw new Error(`creating a token for ${name}: ${issued.status} ${JSON.stringify(issued.body)}`);
  return { id: principal.body.id, token: issued.body.token };
}
