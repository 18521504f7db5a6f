import { Injectable } from '@nestjs/common';
import type { EventType, MeshEvent, ProductRef } from '@mesh/contracts';
import { parseDescriptor } from '@mesh/descriptor';
import { OnEvent, type EventContext } from '@mesh/messaging';
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
@Injectable()
export class IndexerHandlers {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly indexer: Indexer,
    private readonly registry: RegistryClient,
  ) {}

  @OnEvent('product.version.proposed')
  async onProposed(event: MeshEvent<'product.version.proposed'>, context: EventContext): Promise<void> {
    // The event carries the descriptor: indexing the new version then needs no request for it.
    const parsed = parseDescriptor(event.payload.descriptor, 'json');
    if (parsed.ok) this.registry.rememberDescriptor(parsed.descriptor);
    await this.reindex([productOf(event)], context);
  }

  @OnEvent('product.version.approved')
  onApproved(event: MeshEvent<'product.version.approved'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('product.version.rejected')
  onRejected(event: MeshEvent<'product.version.rejected'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('product.provisioning.started')
  onProvisioningStarted(event: MeshEvent<'product.provisioning.started'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('product.version.published')
  onPublished(event: MeshEvent<'product.version.published'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('product.version.deprecated')
  onDeprecated(event: MeshEvent<'product.version.deprecated'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('product.version.retired')
  onRetired(event: MeshEvent<'product.version.retired'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('provisioning.port.provisioned')
  onPortProvisioned(event: MeshEvent<'provisioning.port.provisioned'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('governance.decision.made')
  onDecision(event: MeshEvent<'governance.decision.made'>, context: EventContext): Promise<void> {
    return this.reindex([productOf(event)], context);
  }

  @OnEvent('quality.check.completed')
  async onCheckCompleted(event: MeshEvent<'quality.check.completed'>, context: EventContext): Promise<void> {
    await this.signals.recordQuality(context.manager, productOf(event), event.payload.score, event.occurredAt);
    await this.reindex([productOf(event)], context);
  }

  @OnEvent('quality.alert.raised')
  async onAlertRaised(event: MeshEvent<'quality.alert.raised'>, context: EventContext): Promise<void> {
    await this.signals.recordAlert(context.manager, event.payload.alertId, productOf(event), true, event.occurredAt);
    await this.reindex([productOf(event)], context);
  }

  @OnEvent('quality.alert.resolved')
  async onAlertResolved(event: MeshEvent<'quality.alert.resolved'>, context: EventContext): Promise<void> {
    await this.signals.recordAlert(context.manager, event.payload.alertId, productOf(event), false, event.occurredAt);
    await this.reindex([productOf(event)], context);
  }

  @OnEvent('quality.sla.breached')
  async onSlaBreached(event: MeshEvent<'quality.sla.breached'>, context: EventContext): Promise<void> {
    await this.signals.recordSla(context.manager, productOf(event), event.payload.sla, true, event.occurredAt);
    await this.reindex([productOf(event)], context);
  }

  @OnEvent('quality.sla.restored')
  async onSlaRestored(event: MeshEvent<'quality.sla.restored'>, context: EventContext): Promise<void> {
    await this.signals.recordSla(context.manager, productOf(event), event.payload.sla, false, event.occurredAt);
    await this.reindex([productOf(event)], context);
  }

  @OnEvent('access.granted')
  async onGranted(event: MeshEvent<'access.granted'>, context: EventContext): Promise<void> {
    const { grant, expiresAt } = event.payload;
    await this.signals.recordGrant(context.manager, { ...grant, expiresAt }, true, event.occurredAt);
    await this.reindex([grant.product], context);
  }

  @OnEvent('access.revoked')
  async onRevoked(event: MeshEvent<'access.revoked'>, context: EventContext): Promise<void> {
    const { grant } = event.payload;
    await this.signals.recordGrant(context.manager, { ...grant, expiresAt: null }, false, event.occurredAt);
    await this.reindex([grant.product], context);
  }

  @OnEvent('lineage.edges.changed')
  async onEdgesChanged(event: MeshEvent<'lineage.edges.changed'>, context: EventContext): Promise<void> {
    const { added, removed } = event.payload;
    const products = await this.signals.recordLineage(context.manager, added, removed, event.occurredAt);
    await this.reindex(products, context);
  }

  private async reindex(products: readonly ProductRefKey[], context: EventContext): Promise<void> {
    await this.signals.queue(context.manager, products);
    this.indexer.wake();
  }
}
