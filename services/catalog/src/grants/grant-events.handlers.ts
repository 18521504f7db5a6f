import { Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '@mesh/messaging';
import { GrantsRepository } from './grants.repository';

/** Keeps the catalog's grants in step with the registry's access decisions. */
@Injectable()
export class GrantEventsHandlers {
  constructor(private readonly grants: GrantsRepository) {}

  @OnEvent('access.granted')
  async granted(event: MeshEvent<'access.granted'>, { manager }: EventContext): Promise<void> {
    const { grant, expiresAt } = event.payload;
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

  @OnEvent('access.revoked')
  async revoked(event: MeshEvent<'access.revoked'>, { manager }: EventContext): Promise<void> {
    await this.grants.remove(event.payload.grant.grantId, manager);
  }
}
