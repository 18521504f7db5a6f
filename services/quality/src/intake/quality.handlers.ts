import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { CheckQueue } from '../checks/check.queue';
import { ExternalResultsService } from '../external/external-results.service';
import { FreshnessService } from '../freshness/freshness.service';
import { ProductsService } from '../products/products.service';

/** The events the quality service consumes. */
export const QUALITY_CONSUMED_EVENTS = [
  'product.version.proposed',
  'product.provisioning.started',
  'product.version.published',
  'product.version.retired',
  'data.published',
  'quality.check.completed',
] as const satisfies readonly EventType[];

/**
 * Kafka entry points. Each runs in the consumer's transaction, which also records the event as processed, so a
 * redelivered event has no second effect; the check job is keyed by the event id for the same reason.
 */
@Controller()
export class QualityHandlers {
  constructor(
    private readonly products: ProductsService,
    private readonly freshness: FreshnessService,
    private readonly checks: CheckQueue,
    private readonly external: ExternalResultsService,
  ) {}

  @EventPattern('product.version.proposed')
  onProposed(@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>): Promise<void> {
    return this.products.rememberProposed(manager, event);
  }

  @EventPattern('product.provisioning.started')
  onProvisioningStarted(@Ctx() { event, manager }: MeshEventContext<'product.provisioning.started'>): Promise<void> {
    return this.products.rememberPorts(manager, event);
  }

  @EventPattern('product.version.published')
  onPublished(@Ctx() { event, manager }: MeshEventContext<'product.version.published'>): Promise<void> {
    return this.products.learnPublished(manager, event);
  }

  @EventPattern('product.version.retired')
  onRetired(@Ctx() { event, manager }: MeshEventContext<'product.version.retired'>): Promise<void> {
    return this.products.retire(manager, event);
  }

  @EventPattern('data.published')
  async onDataPublished(@Ctx() { event, manager }: MeshEventContext<'data.published'>): Promise<void> {
    const { product, port, snapshotId, committedAt, table, metadataLocation } = event.payload;
    // The catalog announces commits to tables no product claims too, with neither product nor port.
    if (product.name === '' || port === '') return;
    await this.freshness.recordPublication(manager, event);
    // Only a catalog commit names an Iceberg snapshot (pipelines and OpenLineage report run ids); the catalog's
    // own event of the same commit is what gets it checked.
    if (event.payload.source !== 'catalog') return;
    await this.checks.enqueue({
      product,
      port,
      snapshotId,
      committedAt,
      table,
      metadataLocation,
      cause: { eventId: event.eventId, correlationId: event.correlationId },
    });
  }

  @EventPattern('quality.check.completed')
  onCheckCompleted(@Ctx() { event, manager }: MeshEventContext<'quality.check.completed'>): Promise<void> {
    return this.external.record(manager, event);
  }
}
