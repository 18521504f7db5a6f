/** A product, all its versions. */
export interface ProductKey {
  domain: string;
  name: string;
}

const PREFIX = 'urn:mesh:product:';

/** The URN of a domain: the subject of its events and of its audit entries. */
export function domainUrn(name: string): string {
  return `urn:mesh:domain:${name}`;
}

/**
 * The URN of a product: the subject of its events (so the Kafka key that keeps them in order), and its node in the
 * lineage graph. Domain and product names contain no colon.
 */
export function productUrn({ domain, name }: ProductKey): string {
  return `${PREFIX}${domain}:${name}`;
}

/** The product a URN names (`urn:mesh:product:<domain>:<name>[:<version>]`); null for anything else, e.g. a dataset. */
export function productOfUrn(urn: string): ProductKey | null {
  if (!urn.startsWith(PREFIX)) return null;
  const [domain, name, ...rest] = urn.slice(PREFIX.length).split(':');
  if (!domain || !name || rest.length > 1) return null;
  return { domain, name };
}
