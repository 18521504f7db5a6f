import { Inject, Injectable } from '@nestjs/common';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { CONFIG } from '@mesh/platform';
import type { SearchConfig } from '../config';
import type { RegistryProduct, RegistryProductPage } from './registry-product';

const TIMEOUT_MS = 10_000;
/** Descriptors never change once proposed, so a bounded cache of them saves one request per indexed product. */
const DESCRIPTOR_CACHE_SIZE = 5_000;

export class RegistryUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RegistryUnavailableError';
  }
}

/** Client of the registry's products API, the source of truth of the index. */
@Injectable()
export class RegistryClient {
  private readonly baseUrl: string;
  private readonly descriptors = new Map<string, DataProductDescriptor>();

  constructor(@Inject(CONFIG) private readonly config: SearchConfig) {
    this.baseUrl = config.REGISTRY_URL.replace(/\/+$/, '');
  }

  /** A page of products by (domain, name). */
  async listProducts(cursor: string | null, limit = 200): Promise<RegistryProductPage> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor !== null) query.set('cursor', cursor);
    const page = await this.get<RegistryProductPage>(`/v1/products?${query.toString()}`);
    if (page === null) throw new RegistryUnavailableError(`registry at ${this.baseUrl} has no products API`);
    return page;
  }

  /** The product with every version; null when the registry has no such product. */
  getProduct(domain: string, name: string): Promise<RegistryProduct | null> {
    return this.get<RegistryProduct>(`/v1/products/${encodeURIComponent(domain)}/${encodeURIComponent(name)}`);
  }

  async getDescriptor(domain: string, name: string, version: string): Promise<DataProductDescriptor | null> {
    const key = `${domain}/${name}/${version}`;
    const cached = this.descriptors.get(key);
    if (cached !== undefined) return cached;
    const descriptor = await this.get<DataProductDescriptor>(
      `/v1/products/${encodeURIComponent(domain)}/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`,
    );
    if (descriptor !== null) this.rememberDescriptor(descriptor);
    return descriptor;
  }

  /** Keeps a descriptor an event carried, so indexing its version needs no request for it. */
  rememberDescriptor(descriptor: DataProductDescriptor): void {
    const { domain, name, version } = descriptor.metadata;
    if (this.descriptors.size >= DESCRIPTOR_CACHE_SIZE) {
      const oldest = this.descriptors.keys().next();
      if (oldest.done !== true) this.descriptors.delete(oldest.value);
    }
    this.descriptors.set(`${domain}/${name}/${version}`, descriptor);
  }

  private async get<T>(path: string): Promise<T | null> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: {
          accept: 'application/json',
          ...(this.config.REGISTRY_TOKEN === undefined
            ? {}
            : { authorization: `Bearer ${this.config.REGISTRY_TOKEN}` }),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new RegistryUnavailableError(`registry unreachable at ${this.baseUrl}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (response.status === 404) return null;
    if (!response.ok) {
      throw new RegistryUnavailableError(`registry answered ${response.status} to GET ${path.split('?')[0]}`);
    }
    return (await response.json()) as T;
  }
}
