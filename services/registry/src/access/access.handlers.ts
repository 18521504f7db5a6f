import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { AccessService } from './access.service';

/** The events about access requests the registry consumes. */
export const ACCESS_DECISION_EVENTS = ['governance.access.decided'] as const satisfies readonly EventType[];

/** Kafka entry point of governance's verdicts on access requests, in the consumer's transaction. */
@Controller()
export class AccessHandlers {
  constructor(private readonly access: AccessService) {}

  @EventPattern('governance.access.decided')
  onDecided(@Ctx() { event, manager }: MeshEventContext<'governance.access.decided'>): Promise<void> {
    return this.access.applyGovernanceDecision(event, manager);
  }
}
