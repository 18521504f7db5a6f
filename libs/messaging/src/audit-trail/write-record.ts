import { domainUrn, newEvent, productUrn, type MeshEvent } from '@mesh/contracts';

/** The methods that change state; every other request is a read and is not recorded. */
const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWrite(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/** What a service knows of a write request once it has answered it. */
export interface AnsweredWrite {
  service: string;
  method: string;
  /** The route template that matched, e.g. `/v1/policies/:id`. */
  route: string;
  /** The path without its query string. */
  path: string;
  /** The route's parameters, e.g. `{ id: 'pii' }` (wildcards give arrays, which name no domain or product). */
  params: Readonly<Record<string, string | readonly string[] | undefined>>;
  status: number;
  requestId: string;
  correlationId: string | null;
  /** The authenticated caller; null when the request carried no valid token. */
  actor: string | null;
}

/**
 * The `audit.write.recorded` event of an answered write. Routes name the domain as `domain` (registry, provisioning)
 * or as the first level of an Iceberg `namespace` (catalog), and the product as `name` or `product`: from those the
 * event's subject is the product's or the domain's URN, so the registry's audit filter by subject finds what every
 * service did to a product, and the domain's owners see the entry.
 */
export function writeRecorded(write: AnsweredWrite): MeshEvent<'audit.write.recorded'> {
  const param = (name: string): string | undefined => {
    const value = write.params[name];
    return typeof value === 'string' ? value : undefined;
  };
  const domain = param('domain') ?? param('namespace')?.split('\u001f')[0];
  const product = param('name') ?? param('product');
  const subject =
    domain === undefined
      ? `urn:mesh:service:${write.service}`
      : product === undefined
        ? domainUrn(domain)
        : productUrn({ domain, name: product });
  return newEvent('audit.write.recorded', {
    subject,
    producer: write.service,
    actor: write.actor,
    correlationId: write.correlationId,
    payload: {
      service: write.service,
      method: write.method.toUpperCase(),
      route: write.route,
      path: write.path,
      status: write.status,
      requestId: write.requestId,
      domains: domain === undefined ? [] : [domain],
    },
  });
}
