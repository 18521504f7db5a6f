import { createRegistryClient, type RegistryClient, type RegistrySchema } from './registry-client';
import { requireData } from './registry-errors';

type RoleGrant = RegistrySchema<'RoleGrantDto'>;

export interface ServiceTokenRequest {
  registryUrl: string;
  /** A platform admin's token: only admins grant platform-wide roles. */
  adminToken: string;
  /** The service principal's name. */
  name: string;
  /** Exactly the roles it must hold. */
  roles: readonly RoleGrant[];
  /** The token the service has now, kept when the registry still takes it for that principal. */
  current?: string;
  /** A current token expiring sooner than this is replaced; 30 days by default. */
  renewWithinDays?: number;
}

export interface ServiceToken {
  token: string;
  /** False when `current` was kept. */
  issued: boolean;
}

const DAY_MS = 86_400_000;
/** The longest the registry issues: a service token is renewed at each start well before it lapses. */
const TOKEN_DAYS = 365;

/**
 * The token of a service principal, made idempotently: the principal is created with its roles when the registry
 * has none of that name, and a token is issued unless `current` still works for it long enough. A principal of
 * that name holding other roles is an error rather than something to use: the registry cannot change a principal's
 * roles, and a service must not run with more (or fewer) rights than it was given.
 */
export async function ensureServiceToken(request: ServiceTokenRequest): Promise<ServiceToken> {
  const renewBefore = Date.now() + (request.renewWithinDays ?? 30) * DAY_MS;
  if (request.current !== undefined && (await stillValid(request, renewBefore))) {
    return { token: request.current, issued: false };
  }
  const admin = createRegistryClient({ baseUrl: request.registryUrl, token: request.adminToken });
  const principal = (await findPrincipal(admin, request.name)) ?? (await createPrincipal(admin, request));
  if (rolesKey(principal.roles) !== rolesKey(request.roles)) {
    throw new Error(
      `principal '${request.name}' holds roles ${rolesKey(principal.roles)}, not ${rolesKey(request.roles)}; ` +
        'the registry cannot change them: give the service a principal of another name',
    );
  }
  const issued = await requireData(
    admin.POST('/v1/principals/{id}/tokens', {
      params: { path: { id: principal.id } },
      body: { name: `service token, ${new Date().toISOString()}`, expiresInDays: TOKEN_DAYS },
    }),
  );
  return { token: issued.token, issued: true };
}

/** Whether `current` belongs to the principal, with exactly its roles, and lasts past `renewBefore`. */
async function stillValid(request: ServiceTokenRequest, renewBefore: number): Promise<boolean> {
  const own = createRegistryClient({ baseUrl: request.registryUrl, token: request.current });
  const answer = await own.GET('/v1/me');
  // Unknown, expired or revoked: a new one is due. Any other failure is the registry's, and stops the caller.
  if (answer.response.status === 401) return false;
  const me = await requireData(Promise.resolve(answer));
  return (
    me.principal.name === request.name &&
    rolesKey(me.principal.roles) === rolesKey(request.roles) &&
    Date.parse(me.tokenExpiresAt) > renewBefore
  );
}

async function findPrincipal(admin: RegistryClient, name: string): Promise<RegistrySchema<'PrincipalDto'> | null> {
  let cursor: string | undefined;
  do {
    const page = await requireData(admin.GET('/v1/principals', { params: { query: { limit: 200, cursor } } }));
    const found = page.items.find((principal) => principal.name === name);
    if (found !== undefined) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return null;
}

async function createPrincipal(
  admin: RegistryClient,
  request: ServiceTokenRequest,
): Promise<RegistrySchema<'PrincipalDto'>> {
  const created = await admin.POST('/v1/principals', {
    body: { name: request.name, kind: 'service', roles: [...request.roles] },
  });
  // Another start made it at the same moment: theirs is as good as ours.
  if (created.response.status === 409) {
    const found = await findPrincipal(admin, request.name);
    if (found !== null) return found;
  }
  return requireData(Promise.resolve(created));
}

function rolesKey(roles: readonly RoleGrant[]): string {
  return roles
    .map((grant) => (grant.domain === undefined ? grant.role : `${grant.role}@${grant.domain}`))
    .sort()
    .join(', ');
}
