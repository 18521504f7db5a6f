import { newEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { ReadCoverageCache } from '../signer/read-coverage-cache';
import type { CatalogGrant, GrantsRepository } from './grants.repository';
import { GrantsService } from './grants.service';

describe('GrantsService', () => {
  const stored = new Map<string, CatalogGrant>();
  const repository = {
    put: async (grant: CatalogGrant) => void stored.set(grant.grantId, grant),
    remove: async (grantId: string) => stored.delete(grantId),
  } as unknown as GrantsRepository;
  const readCoverage = new ReadCoverageCache({ ttlMs: 30_000 });
  const service = new GrantsService(repository, readCoverage);
  const manager = {} as EntityManager;
  const grant = { grantId: 'g-1', principal: 'p-1', product: { domain: 'sales', name: 'orders' }, port: null };
  const grantRow = { grantId: 'g-1', principal: 'p-1', domain: 'sales', product: 'orders', port: null };

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

  it("forgets the signer's cached rights once a grant is applied or withdrawn", async () => {
    const lookups: string[] = [];
    const read = () =>
      readCoverage.get('p-1', 'sales', 's3://lake/sales/orders/data', async () => {
        lookups.push('lookup');
        return null;
      });
    await read();
    await read();
    expect(lookups).toHaveLength(1);
    await service.put({ ...grantRow, expiresAt: null });
    await read();
    expect(lookups).toHaveLength(2);
    await service.remove('g-1');
    await read();
    expect(lookups).toHaveLength(3);
  });
});
