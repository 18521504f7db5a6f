import { Inject, Injectable } from '@nestjs/common';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { CONFIG } from '@mesh/platform';
import type { LineageConfig } from '../config';
import { LineageError } from '../lineage.errors';
import type { ProductRef } from './product-ref';

const TIMEOUT_MS = 10_000;

/**
 * Reads stored descriptors from the registry's HTTP API. Lifecycle events carry output ports but neither input
 * ports nor owners, which the product graph needs.
 */
@Injectable()
export class RegistryClient {
  private readonly baseUrl: string;

  constructor(@Inject(CONFIG) private readonly config: LineageConfig) {
    this.baseUrl = config.REGISTRY_URL.replace(/\/+$/, '');
  }

  async descriptor(product: ProductRef, version: string): Promise<DataProductDescriptor> {
    const path = `/v1/products/${encodeURIComponent(product.domain)}/${encodeURIComponent(product.name)}/versions/${encodeURIComponent(version)}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.config.REGISTRY_TOKEN !== undefined) headers.Authorization = `Bearer ${this.config.REGISTRY_TOKEN}`;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new LineageError(
        'registry_unavailable',
        `the registry did not answer ${path}: ${(error as Error).message}`,
      );
    }
    if (!response.ok) {
      throw new LineageError('registry_unavailable', `the registry answered ${response.status} to ${path}`);
    }
    return (await response.json()) as DataProductDescriptor;
  }
}
