import type { Grant } from '@mesh/contracts';
import { JsonClient } from '../http/json-client';

/** What provisioning needs of the catalog's grants: read access of a principal to a product's tables. */
export interface CatalogGrants {
  /** Applies the grant; applying it again changes nothing. */
  apply(grant: Grant, expiresAt: number | null): Promise<void>;
  /** Removes the grant; nothing when the catalog does not have it. */
  remove(grantId: string): Promise<void>;
}

/** The catalog's admin-only grants API (`/v1/mesh/grants`), with provisioning's platform-admin service token. */
export class HttpCatalogGrants implements CatalogGrants {
  private readonly http: JsonClient;

  constructor(baseUrl: string, token: string | undefined) {
    this.http = new JsonClient('catalog', baseUrl, token);
  }

  async apply(grant: Grant, expiresAt: number | null): Promise<void> {
    await this.http.request('PUT', `/v1/mesh/grants/${encodeURIComponent(grant.grantId)}`, {
      body: {
        principal: grant.principal,
        domain: grant.product.domain,
        product: grant.product.name,
        port: grant.port,
        expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
      },
      accepted: [200, 201, 204],
    });
  }

  async remove(grantId: string): Promise<void> {
    await this.http.request('DELETE', `/v1/mesh/grants/${encodeURIComponent(grantId)}`, { accepted: [200, 204, 404] });
  }
}
