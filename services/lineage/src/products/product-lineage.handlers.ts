import { Injectable } from '@nestjs/common';
import type { EventType, MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '@mesh/messaging';
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
@Injectable()
export class ProductLineageHandlers {
  constructor(private readonly lineage: ProductLineageService) {}

  @OnEvent('product.version.published')
  onPublished(event: MeshEvent<'product.version.published'>, context: EventContext): Promise<void> {
    return this.lineage.recordPublished(event, context.manager);
  }

  @OnEvent('product.version.deprecated')
  onDeprecated(event: MeshEvent<'product.version.deprecated'>, context: EventContext): Promise<void> {
    return this.lineage.recordDeprecated(event, context.manager);
  }

  @OnEvent('product.version.retired')
  onRetired(event: MeshEvent<'product.version.retired'>, context: EventContext): Promise<void> {
    return this.lineage.recordRetired(event, context.manager);
  }

  @OnEvent('product.version.proposed')
  onProposed(event: MeshEvent<'product.version.proposed'>, context: EventContext): Promise<void> {
    return this.lineage.assessProposal(event, context.manager);
  }
}
