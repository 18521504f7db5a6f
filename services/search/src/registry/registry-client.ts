import { Inject, Injectable } from '@nestjs/common';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { CONFIG } from '@mesh/platform';
import {
  createRegistryClient,
  dataOrNull,
  descriptorOf,
  RegistryUnavailableError,
  type RegistryClient as RegistryApi,
  type RegistrySchema,
} from '@mesh/registry-client';
import type { SearchConfig } from '../config';

/**
 * Client of the registry's products API, the source of truth of the index. What the registry does not have is
 * null; any other failure is a RegistryUnavailableError, after which the products stay queued.
 */
@Injectable()
export class RegistryClient {
  private readonly registry: RegistryApi;

  constructor(@Inject(CONFIG) private readonly config: SearchConfig) {
    this.registry = createRegistryClient({ baseUrl: config.REGISTRY_URL, token: config.REGISTRY_TOKEN });
  }

  /** A page of products by (domain, name). */
  async listProducts(cursor: string | null, limit = 200): Promise<RegistrySchema<'ProductPageDto'>> {
    const page = await dataOrNull(
      this.registry.GET('/v1/products', { params: { query: { limit, cursor: cursor ?? undefined } } }),
    );
    if (page === null) {
      throw new RegistryUnavailableError(`registry at ${this.config.REGISTRY_URL} has no products API`, 404, null);
    }
    return page;
  }

  /** The product with every version; null when the registry has no such product. */
  getProduct(domain: string, name: string): Promise<RegistrySchema<'ProductDto'> | null> {
    return dataOrNull(this.registry.GET('/v1/products/{domain}/{name}', { params: { path: { domain, name } } }));
  }

  async getDescriptor(domain: string, name: string, version: string): Promise<DataProductDescriptor | null> {
    const document = await dataOrNull(
      this.registry.GET('/v1/products/{domain}/{name}/versions/{version}', {
        params: { path: { domain, name, version } },
      }),
    );
    if (document === null) return null;
    return descriptorOf(document);
  }
}
