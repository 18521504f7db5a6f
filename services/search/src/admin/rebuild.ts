import { Injectable } from '@nestjs/common';
import { errorFamily } from '@mesh/platform';
import { DocumentSource } from '../indexing/document-source';
import { ProductIndex } from '../opensearch/product-index';
import { RegistryClient } from '../registry/registry-client';

export const RebuildError = errorFamily('RebuildError', { rebuild_running: 409 });

export interface RebuildReport {
  index: string;
  products: number;
  durationMs: number;
}

/**
 * Rebuilds the index from the registry with no downtime: a new index is filled page by page while searches keep
 * using the old one, writes of the live indexer go to both meanwhile, and the alias then moves to the new index in
 * one atomic request.
 */
@Injectable()
export class Rebuild {
  private running = false;

  constructor(
    private readonly registry: RegistryClient,
    private readonly documents: DocumentSource,
    private readonly index: ProductIndex,
  ) {}

  async run(): Promise<RebuildReport> {
    if (this.running) throw new RebuildError('rebuild_running', 'a rebuild is running; wait for it to finish');
    this.running = true;
    const started = Date.now();
    const target = await this.index.createIndex().catch((error: unknown) => {
      this.running = false;
      throw error;
    });
    this.index.beginRebuild(target);
    try {
      let products = 0;
      let cursor: string | null = null;
      do {
        const page = await this.registry.listProducts(cursor);
        const { documents, failed, failure } = await this.documents.build(page.items);
        // A product missing from the new index would vanish from search at the swap: better no rebuild.
        if (failed.length > 0) throw failure;
        await this.index.write(documents, [], target);
        products += documents.length;
        cursor = page.nextCursor;
      } while (cursor !== null);
      await this.index.swapAlias(target);
      return { index: target, products, durationMs: Date.now() - started };
    } catch (error) {
      await this.index.dropIndex(target);
      throw error;
    } finally {
      this.index.endRebuild(target);
      this.running = false;
    }
  }
}
