import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { FlowsService } from '../flows/flows.service';
import { GrantsService } from '../grants/grants.service';

/** The events provisioning consumes: versions to provision or tear down, grants to apply or remove. */
export const PROVISIONING_EVENTS = [
  'product.version.approved',
  'product.version.retired',
  'access.granted',
  'access.revoked',
] as const satisfies readonly EventType[];

/**
 * Kafka entry points. Each records its work in the consumer's transaction (which also marks the event processed)
 * and queues it once that commits; the work itself runs in BullMQ jobs, never in the consumer.
 */
@Controller()
export class ProvisioningHandlers {
  constructor(
    private readonly flows: FlowsService,
    private readonly grants: GrantsService,
  ) {}

  @EventPattern('product.version.approved')
  onApproved(@Ctx() { event, manager }: MeshEventContext<'product.version.approved'>): Promise<void> {
    return this.flows.startProvisioning(event, manager);
  }

  @EventPattern('product.version.retired')
  onRetired(@Ctx() { event, manager }: MeshEventContext<'product.version.retired'>): Promise<void> {
    return this.flows.startRetirement(event, manager);
  }

  @EventPattern('access.granted')
  onGranted(@Ctx() { event, manager }: MeshEventContext<'access.granted'>): Promise<void> {
    return this.grants.recordGranted(event, manager);
  }

  @EventPattern('access.revoked')
  onRevoked(@Ctx() { event, manager }: MeshEventContext<'access.revoked'>): Promise<void> {
    return this.grants.recordRevoked(event, manager);
  }
}
