import { serviceMessagingModule } from '@mesh/messaging';
import { PROVISIONING_EVENTS } from './provisioning.handlers';

/**
 * Kafka for provisioning: the consumer group (a frozen wire name) feeding the handlers, and the outbox relay
 * publishing what the jobs recorded. The registry owns the contract topics, so provisioning does not create them.
 */
export const ProvisioningMessagingModule = serviceMessagingModule({
  serviceName: 'provisioning',
  consumer: { group: 'provisioning', events: PROVISIONING_EVENTS },
});
