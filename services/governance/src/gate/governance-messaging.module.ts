import { serviceMessagingModule } from '@mesh/messaging';
import { ACCESS_GATE_EVENTS } from './access-gate';
import { GOVERNANCE_EVENTS } from './lifecycle.handlers';

/**
 * Kafka for governance: the consumer group feeds the gates and the copies, the outbox relay publishes decisions and
 * policy changes. The group name is a frozen wire name, since renaming it would replay or skip events.
 */
export const GovernanceMessagingModule = serviceMessagingModule({
  serviceName: 'governance',
  consumer: { group: 'governance', events: [...GOVERNANCE_EVENTS, ...ACCESS_GATE_EVENTS] },
});
