import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VersionCopies } from '@mesh/messaging';
import type { DataProductDescriptor } from '@mesh/descriptor';
import type { DataSource } from 'typeorm';
import { RegistryClient } from '../registry/registry-client';
import { buildProductDocument, NO_SIGNALS, productKey, type ProductDocument } from './product-document';
import { SignalsRepository, type ProductRefKey } from './signals.repository';

/** Registry requests in flight at once while building a batch: enough to hide latency, few enough to be polite. */
const REGISTRY_CONCURRENCY = 16;

export interface BuiltDocuments {
  documents: ProductDocument[];
  /** Products the registry does not know (any more): their documents must go. */
  missing: string[];
  /** Products that could not be read this time (the registry failed); they stay queued. */
  failed: ProductRefKey[];
  /** Why the first of them failed. */
  failure: unknown;
}

/**
 * Builds the documents of products from the registry's current state, the descriptors kept from the proposals
 * (the registry is asked for one only when its proposal was missed) and the recorded signals.
 */
@Injectable()
export class DocumentSource {
  constructor(
    private readonly registry: RegistryClient,
    private readonly signals: SignalsRepository,
    private readonly copies: VersionCopies,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async build(products: readonly ProductRefKey[]): Promise<BuiltDocuments> {
    const signals = await this.signals.signalsOf(products);
    const built: BuiltDocuments = { documents: [], missing: [], failed: [], failure: undefined };
    let next = 0;
    const worker = async () => {
      while (next < products.length) {
        const ref = products[next++];
        const key = productKey(ref.domain, ref.name);
        try {
          const product = await this.registry.getProduct(ref.domain, ref.name);
          const descriptor =
            product === null ? null : await this.descriptorOf({ ...ref, version: product.latestVersion });
          if (product === null || descriptor === null) built.missing.push(key);
          else built.documents.push(buildProductDocument(product, descriptor, signals.get(key) ?? NO_SIGNALS));
        } catch (error) {
          // One product the registry cannot serve must not hold up the others.
          built.failed.push(ref);
          built.failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(REGISTRY_CONCURRENCY, products.length) }, worker));
    return built;
  }

  private async descriptorOf(ref: ProductRefKey & { version: string }): Promise<DataProductDescriptor | null> {
    const kept = (await this.copies.find(this.dataSource.manager, ref))?.descriptor ?? null;
    return kept ?? this.registry.getDescriptor(ref.domain, ref.name, ref.version);
  }
}
