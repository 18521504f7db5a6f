import { Injectable } from '@nestjs/common';
import type { EventType, MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '@mesh/messaging';
import { GateService } from './gate.service';
import { LifecycleCopies } from './lifecycle-copies.service';

/** The events governance consumes: proposals to gate, lifecycle steps and lineage to keep its copies current. */
export const GOVERNANCE_EVENTS = [
  'product.version.proposed',
  'product.version.published',
  'product.version.deprecated',
  'product.version.retired',
  'lineage.edges.changed',
] as const satisfies readonly EventType[];

/** Kafka entry points; each runs in the consumer's transaction, which also marks the event processed. */
@Injectable()
export class LifecycleHandlers {
  constructor(
    private readonly gate: GateService,
    private readonly copies: LifecycleCopies,
  ) {}

  @OnEvent('product.version.proposed')
  onProposed(event: MeshEvent<'product.version.proposed'>, context: EventContext): Promise<void> {
    return this.gate.onProposed(event, context.manager);
  }

  @OnEvent('product.version.published')
  onPublished(event: MeshEvent<'product.version.published'>, context: EventContext): Promise<void> {
    return this.copies.published(event.payload.product, context.manager);
  }

  @OnEvent('product.version.deprecated')
  onDeprecated(event: MeshEvent<'product.version.deprecated'>, context: EventContext): Promise<void> {
    const { product, sunsetAt } = event.payload;
    return this.copies.deprecated(product, sunsetAt === null ? null : new Date(sunsetAt), context.manager);
  }

  @OnEvent('product.version.retired')
  onRetired(event: MeshEvent<'product.version.retired'>, context: EventContext): Promise<void> {
    return this.copies.retired(event.payload.product, context.manager);
  }

  @OnEvent('lineage.edges.changed')
  onEdgesChanged(event: MeshEvent<'lineage.edges.changed'>, context: EventContext): Promise<void> {
    return this.copies.edgesChanged(event.payload.added, event.payload.removed, context.manager);
  }
}
