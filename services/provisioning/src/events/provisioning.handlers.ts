import { Injectable } from '@nestjs/common';
import type { EventType, MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '@mesh/messaging';
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
@Injectable()
export class ProvisioningHandlers {
  constructor(
    private readonly flows: FlowsService,
    private readonly grants: GrantsService,
  ) {}

  @OnEvent('product.version.approved')
  onApproved(event: MeshEvent<'product.version.approved'>, context: EventContext): Promise<void> {
    return this.flows.startProvisioning(event, context.manager);
  }

  @OnEvent('product.version.retired')
  onRetired(event: MeshEvent<'product.version.retired'>, context: EventContext): Promise<void> {
    return this.flows.startRetirement(event, context.manager);
  }

  @OnEvent('access.granted')
  onGranted(event: MeshEvent<'access.granted'>, context: EventContext): Promise<void> {
    return this.grants.recordGranted(event, context.manager);
  }

  @OnEvent('access.revoked')
  onRevoked(event: MeshEvent<'access.revoked'>, context: EventContext): Promise<void> {
    return this.grants.recordRevoked(event, context.manager);
  }
}
