import type { AuthenticatedPrincipal } from '@mesh/platform';
import { accessTo, principalScope } from './principal-scope';

const principal = (roles: AuthenticatedPrincipal['roles']): AuthenticatedPrincipal => ({
  id: 'p-1',
  name: 'someone',
  kind: 'user',
  roles,
});
const customers = { visibility: 'restricted', domain: 'sales', grantees: ['p-2'] };

describe('access to restricted products', () => {
  it('is open for products that are not restricted', () => {
    expect(accessTo(principalScope(principal([{ role: 'consumer' }])), { ...customers, visibility: 'internal' })).toBe(
      'open',
    );
  });

  it('is granted to platform admins, the members of the domain and grant holders', () => {
    expect(accessTo(principalScope(principal([{ role: 'platform-admin' }])), customers)).toBe('granted');
    expect(accessTo(principalScope(principal([{ role: 'domain-member', domain: 'sales' }])), customers)).toBe(
      'granted',
    );
    expect(accessTo(principalScope(principal([{ role: 'consumer' }])), { ...customers, grantees: ['p-1'] })).toBe(
      'granted',
    );
  });

  it('is restricted for everyone else, owners of other domains included', () => {
    expect(accessTo(principalScope(principal([{ role: 'consumer' }])), customers)).toBe('restricted');
    expect(accessTo(principalScope(principal([{ role: 'domain-owner', domain: 'finance' }])), customers)).toBe(
      'restricted',
    );
    expect(accessTo(principalScope(principal([{ role: 'governance-admin' }])), customers)).toBe('restricted');
  });
});
