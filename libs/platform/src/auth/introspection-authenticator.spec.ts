import { IntrospectionAuthenticator } from './introspection-authenticator';
import type { AuthenticatedPrincipal } from './principal';
import { generateToken } from './token';

const principal: AuthenticatedPrincipal = {
  id: 'p1',
  name: 'ingest',
  kind: 'service',
  roles: [{ role: 'domain-member', domain: 'sales' }],
};

interface Call {
  url: string;
  authorization: string;
  token: string;
}

/** A registry that answers from a table of tokens, with a clock the test moves. */
function setup(serviceToken?: string) {
  let now = Date.parse('2030-01-01T00:00:00Z');
  const active = new Map<string, string>();
  const calls: Call[] = [];
  let status = 200;
  const fetchFake = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const token = (JSON.parse(String(init?.body)) as { token: string }).token;
    const headers = init?.headers as Record<string, string>;
    calls.push({ url: String(url), authorization: headers.Authorization, token });
    const expiresAt = active.get(token);
    const body = expiresAt === undefined ? { active: false } : { active: true, principal, expiresAt };
    return new Response(JSON.stringify(body), { status });
  });
  const authenticator = new IntrospectionAuthenticator('http://registry:3001/', serviceToken, {
    fetch: fetchFake as typeof fetch,
    now: () => now,
    maxEntries: 3,
  });
  return {
    authenticator,
    calls,
    activate: (token: string, lifetimeMs = 3_600_000) => active.set(token, new Date(now + lifetimeMs).toISOString()),
    revoke: (token: string) => active.delete(token),
    advance: (ms: number) => (now += ms),
    answerWith: (code: number) => (status = code),
  };
}

describe('IntrospectionAuthenticator', () => {
  const serviceToken = generateToken();

  it("asks the registry with the service's token and returns the principal", async () => {
    const registry = setup(serviceToken);
    const token = generateToken();
    registry.activate(token);
    await expect(registry.authenticator.authenticate(token)).resolves.toEqual(principal);
    expect(registry.calls).toEqual([
      { url: 'http://registry:3001/v1/auth/introspect', authorization: `Bearer ${serviceToken}`, token },
    ]);
  });

  it('trusts a valid answer for 30 s, so a revocation reaches it within 30 s', async () => {
    const registry = setup(serviceToken);
    const token = generateToken();
    registry.activate(token);
    await registry.authenticator.authenticate(token);
    registry.revoke(token);
    registry.advance(29_000);
    await expect(registry.authenticator.authenticate(token)).resolves.toEqual(principal);
    registry.advance(1_000);
    await expect(registry.authenticator.authenticate(token)).resolves.toBeNull();
    expect(registry.calls).toHaveLength(2);
  });

  it('never trusts a token beyond its expiry', async () => {
    const registry = setup(serviceToken);
    const token = generateToken();
    registry.activate(token, 10_000);
    await registry.authenticator.authenticate(token);
    registry.advance(10_000);
    registry.revoke(token);
    await expect(registry.authenticator.authenticate(token)).resolves.toBeNull();
  });

  it('remembers a refusal for 5 s', async () => {
    const registry = setup(serviceToken);
    const token = generateToken();
    await expect(registry.authenticator.authenticate(token)).resolves.toBeNull();
    registry.activate(token);
    registry.advance(4_999);
    await expect(registry.authenticator.authenticate(token)).resolves.toBeNull();
    registry.advance(1);
    await expect(registry.authenticator.authenticate(token)).resolves.toEqual(principal);
  });

  it('asks once for concurrent requests with the same token', async () => {
    const registry = setup(serviceToken);
    const token = generateToken();
    registry.activate(token);
    await Promise.all(Array.from({ length: 5 }, () => registry.authenticator.authenticate(token)));
    expect(registry.calls).toHaveLength(1);
  });

  it('answers 503 when the registry fails, and asks again next time', async () => {
    const registry = setup(serviceToken);
    const token = generateToken();
    registry.activate(token);
    registry.answerWith(500);
    await expect(registry.authenticator.authenticate(token)).rejects.toMatchObject({ status: 503 });
    registry.answerWith(200);
    await expect(registry.authenticator.authenticate(token)).resolves.toEqual(principal);
  });

  it('takes a refused service token for a misconfiguration, not a bad user token', async () => {
    const registry = setup(serviceToken);
    registry.answerWith(403);
    await expect(registry.authenticator.authenticate(generateToken())).rejects.toMatchObject({ status: 503 });
  });

  it('without a service token, introspects each token with itself and takes a refusal as inactive', async () => {
    const registry = setup();
    const token = generateToken();
    registry.answerWith(403);
    await expect(registry.authenticator.authenticate(token)).resolves.toBeNull();
    expect(registry.calls[0].authorization).toBe(`Bearer ${token}`);
  });

  it('keeps at most maxEntries answers', async () => {
    const registry = setup(serviceToken);
    const tokens = Array.from({ length: 4 }, generateToken);
    for (const token of tokens) await registry.authenticator.authenticate(token);
    // The oldest answer made room for the fourth, so it is asked again; the newest is still cached.
    await registry.authenticator.authenticate(tokens[0]);
    await registry.authenticator.authenticate(tokens[3]);
    expect(registry.calls.map((call) => call.token)).toEqual([...tokens, tokens[0]]);
  });
});
