import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/registry-api';
import { RegistryUnavailableError } from './registry-errors';

/** Every service gave the registry 10 s: long enough for a loaded registry, short enough to retry elsewhere. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface RegistryClientOptions {
  /** The registry's base URL, e.g. http://127.0.0.1:3001 (a trailing slash is ignored). */
  baseUrl: string;
  /** The caller's bearer token; without one, requests go unauthenticated (only /health and the like answer). */
  token?: string;
  /** Limit of each request, from sending it to the end of its headers. */
  timeoutMs?: number;
  /** The fetch to send requests with; the global one, looked up at each request, by default. */
  fetch?: (request: Request) => Promise<Response>;
}

/** The registry's HTTP API, typed by its OpenAPI document: `client.GET('/v1/products/{domain}/{name}', ...)`. */
export type RegistryClient = Client<paths>;

/** A component schema of the registry's API by name, e.g. `RegistrySchema<'ProductDto'>`. */
export type RegistrySchema<N extends keyof components['schemas']> = components['schemas'][N];

/**
 * A client of the registry's API. Every request carries the token and its own timeout, and a request that gets
 * no answer (refused, timed out) rejects with a RegistryUnavailableError whose status is null, so callers tell
 * "the registry is away" from "the registry said no" without knowing fetch's error types.
 */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Looked up per request rather than bound once, so that a fetch replaced after start (by tests) is used.
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers,
    fetch: async (request) => {
      // A signal of the caller's own still aborts; the timeout starts per request, not when the client is made.
      const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
      try {
        return await send(new Request(request, { signal }));
      } catch (error) {
        const { origin, pathname } = new URL(request.url);
        throw new RegistryUnavailableError(
          `registry unreachable at ${origin} (${request.method} ${pathname}): ${(error as Error).message}`,
          null,
          null,
          { cause: error },
        );
      }
    },
  });
}
