import { ACCESS_GRANT_EVENTS, serviceMessagingModule } from '@mesh/messaging';
import { QUALITY_CONSUMED_EVENTS } from './quality.handlers';

/**
 * Kafka for the quality service: the consumer group (a frozen wire name) hears publications, lifecycle events and
 * grants (who may read restricted products), and the outbox relay announces checks, alerts and SLA changes.
 */
export const QualityMessagingModule = serviceMessagingModule({
  serviceName: 'quality',
  consumer: { group: 'quality', events: [...QUALITY_CONSUMED_EVENTS, ...ACCESS_GRANT_EVENTS] },
});
