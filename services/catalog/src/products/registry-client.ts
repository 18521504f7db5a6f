import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import type { CatalogConfig } from '../config';

/** The registry's product API, for a descriptor whose proposal the catalog did not see. */
@Injectable()
export class RegistryClient {
  constructor(@Inject(CONFIG) private readonly config: CatalogConfig) {}

  async descriptor(domain: string, product: string, version: string): Promise<unknown> {
    const base = this.config.REGISTRY_URL.replace(/\/+$/, '');
    const path = `/v1/products/${encodeURIComponent(domain)}/${encodeURIComponent(product)}/versions/${encodeURIComponent(version)}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.config.REGISTRY_TOKEN !== undefined) headers.Authorization = `Bearer ${this.config.REGISTRY_TOKEN}`;
    const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`the registry answered ${response.status} for ${path}`);
    return response.json();
  }
}
