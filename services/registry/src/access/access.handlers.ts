import { Injectable } from '@nestjs/common';
import type { EventType, MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '@mesh/messaging';
import { AccessService } from './access.service';

/** The events about access requests the registry consumes. */
export const ACCESS_DECISION_EVENTS = ['governance.access.decided'] as const satisfies readonly EventType[];

/** Kafka entry point of governance's verdicts on access requests, in the consumer's transaction. */
@Injectable()
export class AccessHandlers {
  constructor(private readonly access: AccessService) {}

  @OnEvent('governance.access.decided')
  onDecided(event: MeshEvent<'governance.access.decided'>, context: EventContext): Promise<void> {
    return this.access.applyGovernanceDecision(event, context.manager);
  }
}
