import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import { CONFIG } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import { GatewayMetrics } from '../graphql/gateway-metrics';
import { AudienceResolver, type Audience } from './audience';
import { fieldEventsOf, type FieldEvent, type SubscriptionField } from './event-payloads';
import { EventQueue } from './event-queue';
import { CLOSE_TOO_SLOW, SubscriberConnections, type SubscriberConnection } from './subscriber-connections';

/** Events a subscription may have waiting to be sent before it counts as too slow. */
const QUEUE_CAPACITY = 1_000;

interface Subscription {
  connection: SubscriberConnection;
  accepts: (event: FieldEvent) => boolean;
  queue: EventQueue<Record<string, unknown>>;
}

/**
 * Fans the mesh's events out to the subscriptions of this gateway instance. An event reaches a subscription when
 * its filters accept it and its principal may see the product. A subscriber whose socket holds more than
 * SUBSCRIBER_BUFFER_LIMIT_BYTES unsent, or whose queue holds QUEUE_CAPACITY events, is dropped (closed with 4413):
 * one slow dashboard never makes the gateway buffer without bound.
 */
@Injectable()
export class EventHub {
  private readonly subscriptions = new Map<SubscriptionField, Set<Subscription>>();

  constructor(
    @Inject(CONFIG) private readonly config: GatewayConfig,
    private readonly audiences: AudienceResolver,
    private readonly connections: SubscriberConnections,
    private readonly metrics: GatewayMetrics,
  ) {}

  subscribe(
    field: SubscriptionField,
    connection: SubscriberConnection,
    accepts: (event: FieldEvent) => boolean,
  ): AsyncIterableIterator<Record<string, unknown>> {
    const set = this.subscriptions.get(field) ?? new Set<Subscription>();
    this.subscriptions.set(field, set);
    const subscription: Subscription = {
      connection,
      accepts,
      queue: new EventQueue(
        QUEUE_CAPACITY,
        () => this.dropSlow(connection, `more than ${QUEUE_CAPACITY} events waiting`),
        () => {
          set.delete(subscription);
          this.metrics.activeSubscriptions.dec({ field });
        },
      ),
    };
    set.add(subscription);
    this.metrics.activeSubscriptions.inc({ field });
    return subscription.queue;
  }

  async publish(event: MeshEvent): Promise<void> {
    this.forgetAudiencesChangedBy(event);
    for (const fieldEvent of fieldEventsOf(event)) {
      const subscriptions = this.subscriptions.get(fieldEvent.field);
      if (subscriptions === undefined || subscriptions.size === 0) continue;
      const audience: Audience | null =
        fieldEvent.product === null ? null : await this.audiences.audienceOf(fieldEvent.product);
      let delivered = 0;
      for (const subscription of subscriptions) {
        if (!subscription.accepts(fieldEvent)) continue;
        if (audience !== null && !this.audiences.allows(subscription.connection.principal, fieldEvent, audience))
          continue;
        const unsent = subscription.connection.socket.bufferedAmount;
        if (unsent > this.config.SUBSCRIBER_BUFFER_LIMIT_BYTES) {
          this.dropSlow(subscription.connection, `${unsent} bytes unsent`);
          continue;
        }
        subscription.queue.push(fieldEvent.payload);
        delivered += 1;
      }
      this.metrics.eventsFannedOut.inc({ field: fieldEvent.field }, delivered);
    }
  }

  private dropSlow(connection: SubscriberConnection, why: string): void {
    this.connections.drop(connection, CLOSE_TOO_SLOW, `Too slow: ${why}`, 'too-slow');
  }

  private forgetAudiencesChangedBy(event: MeshEvent): void {
    switch (event.type) {
      case 'product.version.proposed':
      case 'product.version.published':
        this.audiences.forget(event.payload.product);
        break;
      case 'access.granted':
      case 'access.revoked':
        this.audiences.forget({ ...event.payload.grant.product, version: null });
        break;
      default:
        break;
    }
  }
}
