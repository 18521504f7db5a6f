import { Injectable } from '@nestjs/common';
import type { MeshEvent, ProductRef } from '@mesh/contracts';
import { VersionCopies } from '@mesh/messaging';
import type { EntityManager } from 'typeorm';
import { Indexer } from './indexer';
import { SignalsRepository, type ProductRefKey } from './signals.repository';

/** The product an event is about, without its version. */
function productOf(event: { payload: { product: ProductRef } }): ProductRefKey {
  const { domain, name } = event.payload.product;
  return { domain, name };
}

/**
 * What the events tell the index: each records what it says (signals, the descriptor of a proposal) and queues
 * the products it changes in the consumer's transaction, then wakes the indexer. None talks to OpenSearch or the
 * registry, so neither's outage fails, retries or dead-letters an event.
 */
@Injectable()
export class IndexingService {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly copies: VersionCopies,
    private readonly indexer: Indexer,
  ) {}

  /** The event carries the descriptor: indexing the new version then needs no request for it. */
  async proposed(manager: EntityManager, event: MeshEvent<'product.version.proposed'>): Promise<void> {
    await this.copies.rememberProposed(manager, event);
    await this.reindex(manager, [productOf(event)]);
  }

  /** An event that changes the product's state, which the indexer reads from the registry. */
  changed(manager: EntityManager, event: { payload: { product: ProductRef } }): Promise<void> {
    return this.reindex(manager, [productOf(event)]);
  }

  async qualityChecked(manager: EntityManager, event: MeshEvent<'quality.check.completed'>): Promise<void> {
    await this.signals.recordQuality(manager, productOf(event), event.payload.score, event.occurredAt);
    await this.reindex(manager, [productOf(event)]);
  }

  async alert(
    manager: EntityManager,
    event: MeshEvent<'quality.alert.raised' | 'quality.alert.resolved'>,
  ): Promise<void> {
    const open = event.type === 'quality.alert.raised';
    await this.signals.recordAlert(manager, event.payload.alertId, productOf(event), open, event.occurredAt);
    await this.reindex(manager, [productOf(event)]);
  }

  async sla(manager: EntityManager, event: MeshEvent<'quality.sla.breached' | 'quality.sla.restored'>): Promise<void> {
    const breached = event.type === 'quality.sla.breached';
    await this.signals.recordSla(manager, productOf(event), event.payload.sla, breached, event.occurredAt);
    await this.reindex(manager, [productOf(event)]);
  }

  /**
   * The first data of a product measures its freshness: met until quality says it is breached. Later data changes
   * nothing here (quality announces a breach and its end), so the product is indexed again only the first time.
   */
  async dataPublished(manager: EntityManager, event: MeshEvent<'data.published'>): Promise<void> {
    const first = await this.signals.recordFirstData(manager, productOf(event), event.payload.committedAt);
    if (first) await this.reindex(manager, [productOf(event)]);
  }

  async access(manager: EntityManager, event: MeshEvent<'access.granted' | 'access.revoked'>): Promise<void> {
    const { grant } = event.payload;
    const granted = event.type === 'access.granted';
    const expiresAt = event.type === 'access.granted' ? event.payload.expiresAt : null;
    await this.signals.recordGrant(manager, { ...grant, expiresAt }, granted, event.occurredAt);
    await this.reindex(manager, [grant.product]);
  }

  async lineageChanged(manager: EntityManager, event: MeshEvent<'lineage.edges.changed'>): Promise<void> {
    const { added, removed } = event.payload;
    await this.reindex(manager, await this.signals.recordLineage(manager, added, removed, event.occurredAt));
  }

  private async reindex(manager: EntityManager, products: readonly ProductRefKey[]): Promise<void> {
    await this.signals.queue(manager, products);
    this.indexer.wake();
  }
}
