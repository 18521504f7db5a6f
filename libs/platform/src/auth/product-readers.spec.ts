import type { AuthenticatedPrincipal } from './principal';
import { mayReadProduct, productAccess, readerScope } from './product-readers';

const principal = (roles: AuthenticatedPrincipal['roles']): AuthenticatedPrincipal => ({
  id: 'p-1',
  name: 'someone',
  kind: 'user',
  roles,
});
const customers = { restricted: true, domain: 'sales', grantees: ['p-2'] };
const accessOf = (roles: AuthenticatedPrincipal['roles'], product = customers) =>
  productAccess(readerScope(principal(roles)), product);

describe('access to restricted products', () => {
  it('is open for products that are not restricted', () => {
    expect(accessOf([{ role: 'consumer' }], { ...customers, restricted: false })).toBe('open');
  });

  it('is granted to platform admins and readers, the members of the domain and grant holders', () => {
    expect(accessOf([{ role: 'platform-admin' }])).toBe('granted');
    expect(accessOf([{ role: 'platform-reader' }])).toBe('granted');
    expect(accessOf([{ role: 'domain-member', domain: 'sales' }])).toBe('granted');
    expect(accessOf([{ role: 'domain-owner', domain: 'sales' }])).toBe('granted');
    expect(accessOf([{ role: 'consumer' }], { ...customers, grantees: ['p-1'] })).toBe('granted');
  });

  it('is restricted for everyone else, owners of other domains included', () => {
    expect(accessOf([{ role: 'consumer' }])).toBe('restricted');
    expect(accessOf([{ role: 'domain-owner', domain: 'finance' }])).toBe('restricted');
    expect(accessOf([{ role: 'governance-admin' }])).toBe('restricted');
    expect(accessOf([{ role: 'platform-service' }])).toBe('restricted');
    expect(mayReadProduct(readerScope(principal([{ role: 'consumer' }])), customers)).toBe(false);
  });
});
