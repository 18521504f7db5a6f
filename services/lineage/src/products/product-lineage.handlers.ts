import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { ProductLineageService } from './product-lineage.service';

/** The lifecycle events the lineage service consumes. */
export const PRODUCT_LINEAGE_EVENTS = [
  'product.version.published',
  'product.version.deprecated',
  'product.version.proposed',
  'product.version.retired',
] as const satisfies readonly EventType[];

/**
 * Kafka entry points of the product graph. Each runs in the consumer's transaction, which also records the event as
 * processed, so that the edges, the impact report and the events they cause commit with the mark.
 */
@Controller()
export class ProductLineageHandlers {
  constructor(private readonly lineage: ProductLineageService) {}

  @EventPattern('product.version.published')
  onPublished(@Ctx() { event, manager }: MeshEventContext<'product.version.published'>): Promise<void> {
    return this.lineage.recordPublished(event, manager);
  }

  @EventPattern('product.version.deprecated')
  onDeprecated(@Ctx() { event, manager }: MeshEventContext<'product.version.deprecated'>): Promise<void> {
    return this.lineage.recordDeprecated(event, manager);
  }

  @EventPattern('product.version.retired')
  onRetired(@Ctx() { event, manager }: MeshEventContext<'product.version.retired'>): Promise<void> {
    return this.lineage.recordRetired(event, manager);
  }

  @EventPattern('product.version.proposed')
  onProposed(@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>): Promise<void> {
    return this.lineage.assessProposal(event, manager);
  }
}
