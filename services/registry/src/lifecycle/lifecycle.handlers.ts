import { Injectable } from '@nestjs/common';
import type { EventType, MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '@mesh/messaging';
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
@Injectable()
export class LifecycleHandlers {
  constructor(private readonly lifecycle: LifecycleService) {}

  @OnEvent('governance.decision.made')
  onDecision(event: MeshEvent<'governance.decision.made'>, context: EventContext): Promise<void> {
    return this.lifecycle.applyDecision(event, context.manager);
  }

  @OnEvent('provisioning.port.provisioned')
  onPortProvisioned(event: MeshEvent<'provisioning.port.provisioned'>, context: EventContext): Promise<void> {
    return this.lifecycle.recordPortProvisioned(event, context.manager);
  }

  @OnEvent('provisioning.failed')
  onProvisioningFailed(event: MeshEvent<'provisioning.failed'>, context: EventContext): Promise<void> {
    return this.lifecycle.recordProvisioningFailure(event, context.manager);
  }
}
