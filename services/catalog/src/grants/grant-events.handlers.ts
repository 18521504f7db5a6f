import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { GrantsService } from './grants.service';

/** Keeps the catalog's grants in step with the registry's access decisions. */
@Controller()
export class GrantEventsHandlers {
  constructor(private readonly grants: GrantsService) {}

  @EventPattern('access.granted')
  granted(@Payload() payload: PayloadOf<'access.granted'>, @Ctx() { manager }: MeshEventContext): Promise<void> {
    return this.grants.granted(manager, payload);
  }

  @EventPattern('access.revoked')
  revoked(@Payload() payload: PayloadOf<'access.revoked'>, @Ctx() { manager }: MeshEventContext): Promise<void> {
    return this.grants.revoked(manager, payload);
  }
}
