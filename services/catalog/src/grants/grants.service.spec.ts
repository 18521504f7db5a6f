import { newEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import type { CatalogGrant, GrantsRepository } from './grants.repository';
import { GrantsService } from './grants.service';

describe('GrantsService', () => {
  const stored = new Map<string, CatalogGrant>();
  const repository = {
    put: async (grant: CatalogGrant) => void stored.set(grant.grantId, grant),
    remove: async (grantId: string) => stored.delete(grantId),
  } as unknown as GrantsRepository;
  const service = new GrantsService(repository);
  const manager = {} as EntityManager;
  const grant = { grantId: 'g-1', principal: 'p-1', product: { domain: 'sales', name: 'orders' }, port: null };

  it('stores a granted access with its expiry, and forgets it when revoked', async () => {
    await service.granted(
      manager,
      newEvent('access.granted', {
        subject: 'urn:mesh:access-request:r-1',
        producer: 'registry',
        payload: { requestId: 'r-1', grant, expiresAt: Date.UTC(2027, 0, 1) },
      }).payload,
    );
    expect(stored.get('g-1')).toEqual({
      grantId: 'g-1',
      principal: 'p-1',
      domain: 'sales',
      product: 'orders',
      port: null,
      expiresAt: new Date(Date.UTC(2027, 0, 1)),
    });
    await service.revoked(
      manager,
      newEvent('access.revoked', {
        subject: 'urn:mesh:access-request:r-1',
        producer: 'registry',
        payload: { grant, reason: null },
      }).payload,
    );
    expect(stored.size).toBe(0);
  });
});
