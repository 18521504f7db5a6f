import { newEvent, productUrn, type EventType, type MeshEvent, type PayloadOf } from '@mesh/contracts';

/** The producer name on every event provisioning emits. */
export const PRODUCER = 'provisioning';

/**
 * An event about a product, keyed by the product's URN so that it stays in order with the product's lifecycle
 * events, carrying the correlation id of the event that started the work.
 */
export function productEvent<T extends EventType>(
  type: T,
  product: { domain: string; name: string },
  payload: PayloadOf<T>,
  correlationId: string | null,
): MeshEvent<T> {
  return newEvent(type, {
    subject: productUrn(product),
    producer: PRODUCER,
    payload,
    correlationId,
  });
}
