import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { createRegistryClient, requireData, type VersionDocument } from '@mesh/registry-client';
import type { CatalogConfig } from '../config';

/**
 * The registry's product API, for a descriptor whose proposal the catalog did not see. A missing version is an
 * error like any other: the publication that asks for it names a version the registry proposed.
 */
@Injectable()
export class RegistryClient {
  private readonly registry;

  constructor(@Inject(CONFIG) config: CatalogConfig) {
    this.registry = createRegistryClient({ baseUrl: config.REGISTRY_URL, token: config.REGISTRY_TOKEN });
  }

  /** The stored descriptor, as JSON the catalog checks itself (readDescriptor). */
  descriptor(domain: string, product: string, version: string): Promise<VersionDocument> {
    return requireData(
      this.registry.GET('/v1/products/{domain}/{name}/versions/{version}', {
        params: { path: { domain, name: product, version } },
      }),
    );
  }
}
