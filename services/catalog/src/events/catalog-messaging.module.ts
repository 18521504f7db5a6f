import type { EventType } from '@mesh/contracts';
import { serviceMessagingModule } from '@mesh/messaging';

/** What the catalog consumes: grants from the registry's access decisions, and table bindings from the lifecycle. */
export const CATALOG_EVENTS: readonly EventType[] = [
  'access.granted',
  'access.revoked',
  'product.version.proposed',
  'product.version.published',
  'product.version.retired',
];

/**
 * Kafka for the catalog: its consumer group (a frozen wire name) feeds grants and bindings, and the outbox relay
 * publishes data.published. Topics are created at start when missing, since the catalog may start first.
 */
export const CatalogMessagingModule = serviceMessagingModule({
  serviceName: 'catalog',
  consumer: { group: 'catalog', events: CATALOG_EVENTS },
});
