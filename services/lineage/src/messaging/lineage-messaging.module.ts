import { serviceMessagingModule } from '@mesh/messaging';
import { PRODUCT_LINEAGE_EVENTS } from '../products/product-lineage.handlers';

/**
 * Kafka for the lineage service: the consumer group (a frozen wire name) feeds the product graph with lifecycle
 * events, and the outbox relay publishes what ingestion and impact analysis queued.
 */
export const LineageMessagingModule = serviceMessagingModule({
  serviceName: 'lineage',
  consumer: { group: 'lineage', events: PRODUCT_LINEAGE_EVENTS },
});
