import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType, ProductRef } from '@mesh/contracts';
import { parseDescriptor } from '@mesh/descriptor';
import type { MeshEventContext } from '@mesh/messaging';
import type { EntityManager } from 'typeorm';
import { RegistryClient } from '../registry/registry-client';
import { Indexer } from './indexer';
import { SignalsRepository, type ProductRefKey } from './signals.repository';

/** Every event that changes what a consumer sees of a product; frozen wire names. */
export const INDEXED_EVENTS = [
  'product.version.proposed',
  'product.version.approved',
  'product.version.rejected',
  'product.provisioning.started',
  'product.version.published',
  'product.version.deprecated',
  'product.version.retired',
  'provisioning.port.provisioned',
  'governance.decision.made',
  'quality.check.completed',
  'quality.alert.raised',
  'quality.alert.resolved',
  'quality.sla.breached',
  'quality.sla.restored',
  'data.published',
  'access.granted',
  'access.revoked',
  'lineage.edges.changed',
] as const satisfies readonly EventType[];

/** The product an event is about, without its version. */
function productOf(event: { payload: { product: ProductRef } }): ProductRefKey {
  const { domain, name } = event.payload.product;
  return { domain, name };
}

/**
 * Kafka entry points of the indexer. Each records what the event says (signals) and queues the product in the
 * consumer's transaction, then wakes the indexer; none of them talks to OpenSearch, so an OpenSearch outage
 * never fails, retries or dead-letters an event.
 */
@Controller()
export class IndexerHandlers {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly indexer: Indexer,
    private readonly registry: RegistryClient,
  ) {}

  @EventPattern('product.version.proposed')
  async onProposed(@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>): Promise<void> {
    // The event carries the descriptor: indexing the new version then needs no request for it.
    const parsed = parseDescriptor(event.payload.descriptor, 'json');
    if (parsed.ok) this.registry.rememberDescriptor(parsed.descriptor);
    await this.reindex([productOf(event)], manager);
  }

  @EventPattern('product.version.approved')
  onApproved(@Ctx() { event, manager }: MeshEventContext<'product.version.approved'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('product.version.rejected')
  onRejected(@Ctx() { event, manager }: MeshEventContext<'product.version.rejected'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('product.provisioning.started')
  onProvisioningStarted(@Ctx() { event, manager }: MeshEventContext<'product.provisioning.started'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('product.version.published')
  onPublished(@Ctx() { event, manager }: MeshEventContext<'product.version.published'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('product.version.deprecated')
  onDeprecated(@Ctx() { event, manager }: MeshEventContext<'product.version.deprecated'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('product.version.retired')
  onRetired(@Ctx() { event, manager }: MeshEventContext<'product.version.retired'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('provisioning.port.provisioned')
  onPortProvisioned(@Ctx() { event, manager }: MeshEventContext<'provisioning.port.provisioned'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('governance.decision.made')
  onDecision(@Ctx() { event, manager }: MeshEventContext<'governance.decision.made'>): Promise<void> {
    return this.reindex([productOf(event)], manager);
  }

  @EventPattern('quality.check.completed')
  async onCheckCompleted(@Ctx() { event, manager }: MeshEventContext<'quality.check.completed'>): Promise<void> {
    await this.signals.recordQuality(manager, productOf(event), event.payload.score, event.occurredAt);
    await this.reindex([productOf(event)], manager);
  }

  @EventPattern('quality.alert.raised')
  async onAlertRaised(@Ctx() { event, manager }: MeshEventContext<'quality.alert.raised'>): Promise<void> {
    await this.signals.recordAlert(manager, event.payload.alertId, productOf(event), true, event.occurredAt);
    await this.reindex([productOf(event)], manager);
  }

  @EventPattern('quality.alert.resolved')
  async onAlertResolved(@Ctx() { event, manager }: MeshEventContext<'quality.alert.resolved'>): Promise<void> {
    await this.signals.recordAlert(manager, event.payload.alertId, productOf(event), false, event.occurredAt);
    await this.reindex([productOf(event)], manager);
  }

  @EventPattern('quality.sla.breached')
  async onSlaBreached(@Ctx() { event, manager }: MeshEventContext<'quality.sla.breached'>): Promise<void> {
    await this.signals.recordSla(manager, productOf(event), event.payload.sla, true, event.occurredAt);
    await this.reindex([productOf(event)], manager);
  }

  /**
   * The first data of a product measures its freshness: met until quality says it is breached. Later data changes
   * nothing here (quality announces a breach and its end), so the product is indexed again only the first time.
   */
  @EventPattern('data.published')
  async onDataPublished(@Ctx() { event, manager }: MeshEventContext<'data.published'>): Promise<void> {
    const first = await this.signals.recordFirstData(manager, productOf(event), event.payload.committedAt);
    if (first) await this.reindex([productOf(event)], manager);
  }

  @EventPattern('quality.sla.restored')
  async onSlaRestored(@Ctx() { event, manager }: MeshEventContext<'quality.sla.restored'>): Promise<void> {
    await this.signals.recordSla(manager, productOf(event), event.payload.sla, false, event.occurredAt);
    await this.reindex([productOf(event)], manager);
  }

  @EventPattern('access.granted')
  async onGranted(@Ctx() { event, manager }: MeshEventContext<'access.granted'>): Promise<void> {
    const { grant, expiresAt } = event.payload;
    await this.signals.recordGrant(manager, { ...grant, expiresAt }, true, event.occurredAt);
    await this.reindex([grant.product], manager);
  }

  @EventPattern('access.revoked')
  async onRevoked(@Ctx() { event, manager }: MeshEventContext<'access.revoked'>): Promise<void> {
    const { grant } = event.payload;
    await this.signals.recordGrant(manager, { ...grant, expiresAt: null }, false, event.occurredAt);
    await this.reindex([grant.product], manager);
  }

  @EventPattern('lineage.edges.changed')
  async onEdgesChanged(@Ctx() { event, manager }: MeshEventContext<'lineage.edges.changed'>): Promise<void> {
    const { added, removed } = event.payload;
    const products = await this.signals.recordLineage(manager, added, removed, event.occurredAt);
    await this.reindex(products, manager);
  }

  private async reindex(products: readonly ProductRefKey[], manager: EntityManager): Promise<void> {
    await this.signals.queue(manager, products);
    this.indexer.wake();
  }
}
