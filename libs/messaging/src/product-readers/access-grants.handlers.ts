import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '../consuming/event-context';
import { ProductReaders } from './product-readers';

/** The access events a service that hides restricted products consumes, beside its own. */
export const ACCESS_GRANT_EVENTS = ['access.granted', 'access.revoked'] as const satisfies readonly EventType[];

/** Keeps ProductReaders' grants current, in the consumer's transaction (a redelivery changes nothing). */
@Controller()
export class AccessGrantsHandlers {
  constructor(private readonly readers: ProductReaders) {}

  @EventPattern('access.granted')
  onGranted(@Ctx() { event, manager }: MeshEventContext<'access.granted'>): Promise<void> {
    const { grant, expiresAt } = event.payload;
    return this.readers.recordGrant(manager, { ...grant, expiresAt }, true);
  }

  @EventPattern('access.revoked')
  onRevoked(@Ctx() { event, manager }: MeshEventContext<'access.revoked'>): Promise<void> {
    return this.readers.recordGrant(manager, { ...event.payload.grant, expiresAt: null }, false);
  }
}
