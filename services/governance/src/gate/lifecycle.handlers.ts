import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventType, PayloadOf } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
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
@Controller()
export class LifecycleHandlers {
  constructor(
    private readonly gate: GateService,
    private readonly copies: LifecycleCopies,
  ) {}

  @EventPattern('product.version.proposed')
  onProposed(@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>): Promise<void> {
    return this.gate.onProposed(event, manager);
  }

  @EventPattern('product.version.published')
  onPublished(
    @Payload() payload: PayloadOf<'product.version.published'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.copies.published(payload.product, manager);
  }

  @EventPattern('product.version.deprecated')
  onDeprecated(
    @Payload() { product, sunsetAt }: PayloadOf<'product.version.deprecated'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.copies.deprecated(product, sunsetAt === null ? null : new Date(sunsetAt), manager);
  }

  @EventPattern('product.version.retired')
  onRetired(
    @Payload() payload: PayloadOf<'product.version.retired'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.copies.retired(payload.product, manager);
  }

  @EventPattern('lineage.edges.changed')
  onEdgesChanged(
    @Payload() { added, removed }: PayloadOf<'lineage.edges.changed'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.copies.edgesChanged(added, removed, manager);
  }
}
