import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { LifecycleService } from './lifecycle.service';

/** The events the registry consumes: they move versions through their lifecycle. */
export const LIFECYCLE_EVENTS = [
  'governance.decision.made',
  'provisioning.port.provisioned',
  'provisioning.failed',
] as const satisfies readonly EventType[];

/**
 * Kafka entry points of the lifecycle. Each runs in the consumer's transaction, which also records the event as
 * processed, so a redelivered event has no second effect.
 */
@Controller()
export class LifecycleHandlers {
  constructor(private readonly lifecycle: LifecycleService) {}

  @EventPattern('governance.decision.made')
  onDecision(@Ctx() { event, manager }: MeshEventContext<'governance.decision.made'>): Promise<void> {
    return this.lifecycle.applyDecision(event, manager);
  }

  @EventPattern('provisioning.port.provisioned')
  onPortProvisioned(@Ctx() { event, manager }: MeshEventContext<'provisioning.port.provisioned'>): Promise<void> {
    return this.lifecycle.recordPortProvisioned(event, manager);
  }

  @EventPattern('provisioning.failed')
  onProvisioningFailed(@Ctx() { event, manager }: MeshEventContext<'provisioning.failed'>): Promise<void> {
    return this.lifecycle.recordProvisioningFailure(event, manager);
  }
}
