import { ACCESS_GRANT_EVENTS, serviceMessagingModule } from '@mesh/messaging';
import { PRODUCT_LINEAGE_EVENTS } from './product-lineage.handlers';

/**
 * Kafka for the lineage service: the consumer group (a frozen wire name) feeds the product graph with lifecycle
 * events and learns the grants on restricted products, and the outbox relay publishes what ingestion and impact analysis queued.
 */
export const LineageMessagingModule = serviceMessagingModule({
  serviceName: 'lineage',
  consumer: { group: 'lineage', events: [...PRODUCT_LINEAGE_EVENTS, ...ACCESS_GRANT_EVENTS] },
});
