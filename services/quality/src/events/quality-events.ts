import { Inject, Injectable } from '@nestjs/common';
import { causedBy, newEvent, productUrn, type EventType, type MeshEvent, type PayloadOf } from '@mesh/contracts';
import { Outbox } from '@mesh/messaging';
import { SERVICE_NAME } from '@mesh/platform';
import type { EntityManager } from 'typeorm';

/** Why an event is emitted: the event that caused it, and who acted, when someone did. */
export interface Cause {
  event?: { eventId: string; correlationId: string | null };
  actor?: string;
}

/**
 * Emits the service's events through the outbox, in the transaction of the change they announce, so that no
 * alert or result is ever stored without its event or announced without being stored.
 */
@Injectable()
export class QualityEvents {
  constructor(@Inject(SERVICE_NAME) private readonly producer: string) {}

  async emit<T extends EventType>(
    manager: EntityManager,
    type: T,
    product: { domain: string; name: string },
    payload: PayloadOf<T>,
    cause: Cause = {},
  ): Promise<MeshEvent<T>> {
    const event = newEvent(type, {
      subject: productUrn(product),
      producer: this.producer,
      payload,
      actor: cause.actor ?? null,
      ...(cause.event === undefined ? {} : causedBy(cause.event)),
    });
    await Outbox.add(manager, event);
    return event;
  }
}
