import { serviceMessagingModule } from '@mesh/messaging';
import { INDEXED_EVENTS } from './indexer.handlers';

/**
 * Kafka for the search service: one consumer group (a frozen wire name) hears every event that changes what a
 * consumer sees. Its outbox relay announces only the audit entries of its admin routes (drift check, rebuild).
 */
export const SearchMessagingModule = serviceMessagingModule({
  serviceName: 'search',
  consumer: { group: 'search', events: INDEXED_EVENTS },
});
