import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { FlowsService } from '../flows/flows.service';
import { GrantsService } from '../grants/grants.service';

/**
 * The events provisioning consumes: proposals (for their descriptors), versions to provision or tear down, grants
 * to apply or remove.
 */
export const PROVISIONING_EVENTS = [
  'product.version.proposed',
  'product.provisioning.started',
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

  @EventPattern('product.version.proposed')
  onProposed(@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>): Promise<void> {
    return this.flows.rememberProposed(event, manager);
  }

  @EventPattern('product.provisioning.started')
  onProvisioningStarted(@Ctx() { event, manager }: MeshEventContext<'product.provisioning.started'>): Promise<void> {
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
