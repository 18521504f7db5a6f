import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@opensearch-project/opensearch';
import { CONFIG } from '@mesh/platform';
import type { SearchConfig } from '../config';
import type { ProductDocument } from '../indexing/product-document';
import { PRODUCT_INDEX_SETTINGS, PRODUCT_MAPPINGS } from './product-mapping';

export const OPENSEARCH_CLIENT = 'search:opensearch-client';

/** What the index holds of a product for the drift check. */
export interface IndexedRevision {
  key: string;
  revision: number;
  sourceFingerprint: string;
}

export class IndexWriteError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'IndexWriteError';
  }
}

const SCAN_PAGE = 2_000;

/**
 * The products index behind its alias `<prefix>-products`. Searches and writes go through the alias, so a
 * rebuild fills a new `<prefix>-products-<timestamp>` index and swaps the alias in one atomic request. While a
 * rebuild runs, every write also goes to the new index, so that nothing indexed meanwhile is missing after the
 * swap. Writes carry the document's revision as an external version (`external_gte`), so that an older state
 * never overwrites a newer one, whatever order writes arrive in.
 */
@Injectable()
export class ProductIndex {
  readonly alias: string;
  private readonly rebuildTargets = new Set<string>();
  private aliasReady: Promise<void> | undefined;
  private changes = 0;

  constructor(
    @Inject(OPENSEARCH_CLIENT) private readonly client: Client,
    @Inject(CONFIG) config: SearchConfig,
  ) {
    this.alias = `${config.SEARCH_INDEX_PREFIX}-products`;
  }

  /**
   * Creates the first index and its alias when there is none yet. The first index has a fixed name, so that of
   * several instances starting together exactly one creates it; later ones are timestamped by rebuilds.
   */
  ensureAlias(): Promise<void> {
    this.aliasReady ??= this.createAliasIfMissing().catch((error: unknown) => {
      this.aliasReady = undefined;
      throw error;
    });
    return this.aliasReady;
  }

  private async createAliasIfMissing(): Promise<void> {
    const { body: exists } = await this.client.indices.existsAlias({ name: this.alias });
    if (exists) return;
    try {
      await this.client.indices.create({
        index: `${this.alias}-initial`,
        body: {
          settings: { index: PRODUCT_INDEX_SETTINGS },
          mappings: PRODUCT_MAPPINGS,
          aliases: { [this.alias]: { is_write_index: true } },
        },
      });
    } catch (error) {
      const { body: created } = await this.client.indices.existsAlias({ name: this.alias });
      if (!created) throw error;
    }
  }

  /**
   * Counts the changes this instance made to what searches see (writes, alias swaps), so that answers computed
   * before one are known to be stale.
   */
  get generation(): number {
    return this.changes;
  }

  /** A new, empty products index; not yet behind the alias. */
  async createIndex(): Promise<string> {
    const index = `${this.alias}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await this.client.indices.create({
      index,
      body: { settings: { index: PRODUCT_INDEX_SETTINGS }, mappings: PRODUCT_MAPPINGS },
    });
    return index;
  }

  /** The indices behind the alias (one, unless something went wrong). */
  async aliasedIndices(): Promise<string[]> {
    const { body: exists } = await this.client.indices.existsAlias({ name: this.alias });
    if (!exists) return [];
    const { body } = await this.client.indices.getAlias({ name: this.alias });
    return Object.keys(body);
  }

  /** Removes an index that never made it behind the alias (a failed rebuild). */
  async dropIndex(index: string): Promise<void> {
    await this.client.indices.delete({ index, ignore_unavailable: true });
  }

  /** Starts sending every write to `index` as well, until `endRebuild`. */
  beginRebuild(index: string): void {
    this.rebuildTargets.add(index);
  }

  endRebuild(index: string): void {
    this.rebuildTargets.delete(index);
  }

  /** Points the alias at `index` alone in one atomic request, then deletes the indices it pointed at before. */
  async swapAlias(index: string): Promise<void> {
    const previous = await this.aliasedIndices();
    await this.client.indices.refresh({ index });
    await this.client.indices.updateAliases({
      body: {
        actions: [
          ...previous.filter((old) => old !== index).map((old) => ({ remove: { index: old, alias: this.alias } })),
          { add: { index, alias: this.alias, is_write_index: true } },
        ],
      },
    });
    this.aliasReady = Promise.resolve();
    this.changes++;
    const stale = previous.filter((old) => old !== index);
    if (stale.length > 0) await this.client.indices.delete({ index: stale });
  }

  /** Writes documents and removes products, through the alias and to any index being rebuilt, in one request. */
  async write(documents: readonly ProductDocument[], removals: readonly string[] = [], only?: string): Promise<void> {
    if (documents.length === 0 && removals.length === 0) return;
    const targets = only === undefined ? [this.alias, ...this.rebuildTargets] : [only];
    if (only === undefined) await this.ensureAlias();
    const body: object[] = [];
    for (const index of targets) {
      for (const document of documents) {
        body.push(
          {
            index: {
              _index: index,
              _id: document.key,
              version: document.revision,
              version_type: 'external_gte',
              // Never let a write through a vanished alias create an index of that name with guessed mappings.
              require_alias: index === this.alias,
            },
          },
          document,
        );
      }
      for (const key of removals) body.push({ delete: { _index: index, _id: key } });
    }
    try {
      await this.bulk(body, only === undefined, documents);
    } catch (error) {
      // Someone may have removed the alias: look again before the next write.
      this.aliasReady = undefined;
      throw error;
    } finally {
      // Even a failed bulk request may have written some of its documents.
      this.changes++;
    }
  }

  private async bulk(body: object[], refresh: boolean, documents: readonly ProductDocument[]): Promise<void> {
    // The indexer's writes are searchable when the request returns (the platform promises 1 s from apply to
    // search); a rebuild's are made visible by the refresh before the alias swap.
    const { body: response } = await this.client.bulk({ body, refresh: refresh ? 'true' : 'false' });
    if (!response.errors) return;
    const failures = response.items.flatMap((item) =>
      Object.values(item).filter(
        (result) =>
          result.error !== undefined &&
          result.error !== null &&
          // An older state than the one indexed: the index is already newer, which is the point.
          result.status !== 409 &&
          // Removing what is not there is what was wanted.
          !(result.status === 404 && item.delete !== undefined),
      ),
    );
    if (failures.length > 0) {
      const first = failures[0].error;
      throw new IndexWriteError(
        `${failures.length} of ${response.items.length} index operations failed, first: ${first?.type ?? ''} ${first?.reason ?? ''}`,
      );
    }
    const conflicts = response.items.flatMap((item) =>
      item.index?.status === 409 ? [{ index: item.index._index, id: item.index._id as string }] : [],
    );
    await this.restoreDeleted(conflicts, documents);
  }

  /**
   * A document deleted outside the indexer leaves a tombstone with a version that can be higher than any revision
   * for a while (`index.gc_deletes`), so writing the product again conflicts although nothing is indexed. Those
   * products are written again without a version: nothing newer can be lost, since there is nothing.
   */
  private async restoreDeleted(
    conflicts: readonly { index: string; id: string }[],
    documents: readonly ProductDocument[],
  ): Promise<void> {
    if (conflicts.length === 0) return;
    const { body: found } = await this.client.mget({
      body: { docs: conflicts.map(({ index, id }) => ({ _index: index, _id: id, _source: false })) },
    });
    const byKey = new Map(documents.map((document) => [document.key, document]));
    const body: object[] = [];
    for (const doc of found.docs) {
      const document = byKey.get(doc._id);
      if ('found' in doc && doc.found === false && document !== undefined) {
        body.push({ create: { _index: doc._index, _id: doc._id } }, document);
      }
    }
    if (body.length > 0) await this.client.bulk({ body, refresh: 'true' });
  }

  /** Every indexed product with its revision and source fingerprint, a page at a time. */
  async *revisions(): AsyncGenerator<IndexedRevision[]> {
    await this.ensureAlias();
    let after: string[] | undefined;
    for (;;) {
      const { body } = await this.client.search({
        index: this.alias,
        body: {
          size: SCAN_PAGE,
          sort: [{ key: 'asc' }],
          _source: ['key', 'revision', 'sourceFingerprint'],
          ...(after === undefined ? {} : { search_after: after }),
        },
      });
      const hits = body.hits.hits;
      if (hits.length === 0) return;
      yield hits.map((hit) => hit._source as IndexedRevision);
      after = hits.at(-1)?.sort as string[];
    }
  }
}
