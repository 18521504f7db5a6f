import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { GrantsRepository } from './grants.repository';

/** Keeps the catalog's grants in step with the registry's access decisions. */
@Controller()
export class GrantEventsHandlers {
  constructor(private readonly grants: GrantsRepository) {}

  @EventPattern('access.granted')
  async granted(
    @Payload() { grant, expiresAt }: PayloadOf<'access.granted'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    await this.grants.put(
      {
        grantId: grant.grantId,
        principal: grant.principal,
        domain: grant.product.domain,
        product: grant.product.name,
        port: grant.port,
        expiresAt: expiresAt === null ? null : new Date(expiresAt),
      },
      manager,
    );
  }

  @EventPattern('access.revoked')
  async revoked(
    @Payload() { grant }: PayloadOf<'access.revoked'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    await this.grants.remove(grant.grantId, manager);
  }
}
