import type { Grant, ProductRef, ProductVersionRef } from '@mesh/contracts';
import type { DataProductDescriptor, OutputPortType } from '@mesh/descriptor';
import { JsonClient } from '../http/json-client';

/** Where a port of a version lives, by the registry's naming convention (its PortView). */
export interface PortLocation {
  name: string;
  type: OutputPortType;
  /** `namespace.table`, or the topic name (without MESH_TOPIC_PREFIX). */
  address: string;
}

/** What provisioning reads of a version in the registry's API. */
export interface RegisteredVersion {
  version: string;
  state: string;
  provisioning: { jobId: string; ports: PortLocation[] } | null;
}

interface ProductReply {
  versions: RegisteredVersion[];
}

/** A grant the registry gave, with when it lapses. */
export interface RegisteredGrant {
  grant: Grant;
  expiresAt: number;
}

interface AccessRequestPage {
  items: { grantId: string | null; principal: string; product: ProductRef; until: string }[];
  nextCursor: string | null;
}

/**
 * The registry's public API, as provisioning uses it: the descriptor of a version, where its ports live (the
 * registry owns the naming convention, so provisioning never computes an address of its own), the states of the
 * product's versions, and the grants already given.
 */
export class RegistryClient {
  private readonly http: JsonClient;

  constructor(baseUrl: string, token: string | undefined) {
    this.http = new JsonClient('registry', baseUrl, token);
  }

  async descriptor(ref: ProductVersionRef): Promise<DataProductDescriptor> {
    const path = `${productPath(ref)}/versions/${encodeURIComponent(ref.version)}?format=json`;
    return (await this.http.request<DataProductDescriptor>('GET', path)).body;
  }

  /** Every version of the product with its state and, once provisioning started, its port locations. */
  async versions(product: ProductRef): Promise<RegisteredVersion[]> {
    return (await this.http.request<ProductReply>('GET', productPath(product))).body.versions;
  }

  /** The grants of the product's granted access requests. */
  async grants(product: ProductRef): Promise<RegisteredGrant[]> {
    const grants: RegisteredGrant[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?state=granted&limit=200${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = (
        await this.http.request<AccessRequestPage>('GET', `${productPath(product)}/access-requests${query}`)
      ).body;
      for (const request of page.items) {
        if (request.grantId !== null) {
          grants.push({
            grant: { grantId: request.grantId, principal: request.principal, product, port: null },
            expiresAt: Date.parse(request.until),
          });
        }
      }
      cursor = page.nextCursor;
    } while (cursor !== null);
    return grants;
  }
}

function productPath(product: ProductRef): string {
  return `/v1/products/${encodeURIComponent(product.domain)}/${encodeURIComponent(product.name)}`;
}
