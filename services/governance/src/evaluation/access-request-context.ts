import { toCelMap, type CelMap } from './evaluation-context';

/** What an access-request policy sees (declared in cel.ts; documented in the service README). */
export interface AccessRequestContext {
  /** The request: `id`, `principal` (who would read), `port` (null for every port), `purpose` (null when not given). */
  request: CelMap;
  /** The product's latest readable descriptor; an empty map while no version is published. */
  product: CelMap;
  domain: string;
  now: Date;
}

export interface AccessRequestFacts {
  id: string;
  principal: string;
  port: string | null;
  purpose: string | null;
}

export function accessRequestContext(
  request: AccessRequestFacts,
  descriptor: unknown,
  domain: string,
  now: Date,
): AccessRequestContext {
  return { request: toCelMap(request), product: toCelMap(descriptor), domain, now };
}
