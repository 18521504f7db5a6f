import { z } from 'zod';
import { AuthError } from './auth-error';
import type { Authenticator } from './auth.guard';
import { authenticatedPrincipalSchema, type AuthenticatedPrincipal } from './principal';
import { hashToken } from './token';

export interface IntrospectionOptions {
  /** How long a valid token is trusted without asking again; never beyond its expiry. 30 s by default. */
  activeTtlMs?: number;
  /** How long an unknown, expired or revoked token is refused without asking again. 5 s by default. */
  inactiveTtlMs?: number;
  timeoutMs?: number;
  /** Bound on cached answers, so a flood of made-up tokens cannot exhaust memory. */
  maxEntries?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * How long other services trust a token's introspection: the window in which a revoked token still works outside
 * the registry. Caches of rights derived from a token's caller (the catalog's signer) keep to the same window.
 */
export const TOKEN_CACHE_TTL_MS = 30_000;

const answerSchema = z.discriminatedUnion('active', [
  z.object({ active: z.literal(true), principal: authenticatedPrincipalSchema, expiresAt: z.string().datetime() }),
  z.object({ active: z.literal(false) }),
]);

interface Entry {
  answer: Promise<AuthenticatedPrincipal | null>;
  /** Until the answer arrives, concurrent requests with the same token share it. */
  expiresAt: number;
}

/**
 * How services other than the registry check tokens: they ask the registry (`POST /v1/auth/introspect`) and
 * cache the answer, keyed by the token's SHA-256 so that no token sits in memory longer than its request.
 *
 * The cache is the price of not asking the registry on every request: a revoked token keeps working for up to
 * `activeTtlMs` (30 s) in other services, while the registry itself refuses it at once. A new token works at
 * most `inactiveTtlMs` (5 s) after it was first tried too early.
 *
 * The service token identifies the calling service to the registry, which answers only `platform-service` holders and
 * platform admins. Without one, each token is introspected with itself as the credential: that accepts only the
 * tokens of platform services and admins, so a service that serves users needs its own service token.
 */
export class IntrospectionAuthenticator implements Authenticator {
  private readonly url: string;
  private readonly entries = new Map<string, Entry>();
  private readonly activeTtlMs: number;
  private readonly inactiveTtlMs: number;
  private readonly timeoutMs: number;
  private readonly maxEntries: number;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(
    registryUrl: string,
    private readonly serviceToken?: string,
    options: IntrospectionOptions = {},
  ) {
    this.url = `${registryUrl.replace(/\/+$/, '')}/v1/auth/introspect`;
    this.activeTtlMs = options.activeTtlMs ?? TOKEN_CACHE_TTL_MS;
    this.inactiveTtlMs = options.inactiveTtlMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  authenticate(token: string): Promise<AuthenticatedPrincipal | null> {
    const key = hashToken(token);
    const cached = this.entries.get(key);
    if (cached !== undefined && cached.expiresAt > this.now()) return cached.answer;
    this.entries.delete(key);
    this.makeRoom();

    const lookup = this.introspect(token);
    const entry: Entry = { answer: lookup.then(({ principal }) => principal), expiresAt: Number.POSITIVE_INFINITY };
    this.entries.set(key, entry);
    lookup.then(
      ({ ttlMs }) => {
        entry.expiresAt = this.now() + ttlMs;
      },
      () => {
        // A failure is the registry's, not the token's: the next request asks again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.answer;
  }

  private async introspect(token: string): Promise<{ principal: AuthenticatedPrincipal | null; ttlMs: number }> {
    const inactive = { principal: null, ttlMs: this.inactiveTtlMs };
    let status: number;
    let body: unknown;
    try {
      const response = await this.fetch(this.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          Authorization: `Bearer ${this.serviceToken ?? token}`,
        },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      body = await response.json().catch(() => undefined);
    } catch (error) {
      throw unavailable(`no answer (${(error as Error).message})`);
    }
    // Without a service token, a refusal means the token used as credential is unknown or not a service's: it is
    // not usable here. With one, the service is misconfigured, which must not pass for a bad token.
    if ((status === 401 || status === 403) && this.serviceToken === undefined) return inactive;
    if (status !== 200) throw unavailable(`status ${status}`);
    const parsed = answerSchema.safeParse(body);
    if (!parsed.success) throw unavailable('an answer that is not an introspection result');
    if (!parsed.data.active) return inactive;
    const untilExpiry = Date.parse(parsed.data.expiresAt) - this.now();
    if (untilExpiry <= 0) return inactive;
    return { principal: parsed.data.principal, ttlMs: Math.min(this.activeTtlMs, untilExpiry) };
  }

  private makeRoom(): void {
    if (this.entries.size < this.maxEntries) return;
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // Still full of live answers: drop the oldest, which a Map iterates first.
    while (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}

function unavailable(what: string): AuthError {
  return new AuthError('unavailable', `cannot check the token: the registry's introspection answered with ${what}`);
}
