import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { CatalogError } from '../http/catalog-error';
import { ReadCoverageCache } from '../signer/read-coverage-cache';
import { GrantsRepository, type CatalogGrant } from './grants.repository';

/**
 * The catalog's read grants, as the API and the registry's access events change them: both paths write the same
 * rows.
 */
@Injectable()
export class GrantsService {
  constructor(
    private readonly grants: GrantsRepository,
    private readonly readCoverage: ReadCoverageCache,
  ) {}

  list(filter: { principal?: string; domain?: string; product?: string }): Promise<CatalogGrant[]> {
    return this.grants.list(filter);
  }

  async get(grantId: string): Promise<CatalogGrant> {
    const grant = await this.grants.get(grantId);
    if (grant === null) throw new CatalogError('no_such_grant', `no grant ${grantId}`);
    return grant;
  }

  /** Applies a grant, idempotently: the same id again replaces it. */
  async put(grant: CatalogGrant, manager?: EntityManager): Promise<void> {
    await this.grants.put(grant, manager);
    this.changed();
  }

  /** Withdraws a grant; nothing when it is already gone. */
  async remove(grantId: string, manager?: EntityManager): Promise<void> {
    await this.grants.remove(grantId, manager);
    this.changed();
  }

  granted(manager: EntityManager, { grant, expiresAt }: PayloadOf<'access.granted'>): Promise<void> {
    return this.put(
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

  revoked(manager: EntityManager, { grant }: PayloadOf<'access.revoked'>): Promise<void> {
    return this.remove(grant.grantId, manager);
  }

  /**
   * Every catalog process forgets the signer's cached rights when Postgres tells of the committed change
   * (AccessChanges). This one forgets them at once too: a change through the API is committed when its answer goes
   * out, and the caller's next request must see it. (An event's transaction commits later; its notification does.)
   */
  private changed(): void {
    this.readCoverage.clear();
  }
}
