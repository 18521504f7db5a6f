import { Inject, Injectable } from '@nestjs/common';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { CONFIG } from '@mesh/platform';
import { createRegistryClient, descriptorOf, RegistryUnavailableError, requireData } from '@mesh/registry-client';
import type { LineageConfig } from '../config';
import { LineageError } from '../lineage.errors';
import type { ProductRef } from './product-ref';

/**
 * Reads stored descriptors from the registry's HTTP API. Lifecycle events carry output ports but neither input
 * ports nor owners, which the product graph needs.
 */
@Injectable()
export class RegistryClient {
  private readonly registry;

  constructor(@Inject(CONFIG) config: LineageConfig) {
    this.registry = createRegistryClient({ baseUrl: config.REGISTRY_URL, token: config.REGISTRY_TOKEN });
  }

  /** Any failure, a missing version included, is `registry_unavailable` (503): the graph cannot be built now. */
  async descriptor(product: ProductRef, version: string): Promise<DataProductDescriptor> {
    try {
      const document = await requireData(
        this.registry.GET('/v1/products/{domain}/{name}/versions/{version}', {
          params: { path: { domain: product.domain, name: product.name, version } },
        }),
      );
      return descriptorOf(document);
    } catch (error) {
      if (error instanceof RegistryUnavailableError) throw new LineageError('registry_unavailable', error.message);
      throw error;
    }
  }
}
