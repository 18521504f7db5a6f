import { domainsOf, sortedRoles } from './principal.model';

describe('principal model', () => {
  it('orders roles by role then domain, each once', () => {
    expect(
      sortedRoles([
        { role: 'domain-member', domain: 'sales' },
        { role: 'consumer' },
        { role: 'domain-member', domain: 'crm' },
        { role: 'consumer' },
        { role: 'consumer', domain: 'crm' },
      ]),
    ).toEqual([
      { role: 'consumer' },
      { role: 'consumer', domain: 'crm' },
      { role: 'domain-member', domain: 'crm' },
      { role: 'domain-member', domain: 'sales' },
    ]);
  });

  it('finds the domains a principal belongs to', () => {
    expect(
      domainsOf([
        { role: 'domain-owner', domain: 'sales' },
        { role: 'platform-admin' },
        { role: 'consumer', domain: 'crm' },
        { role: 'domain-member', domain: 'sales' },
      ]),
    ).toEqual(['crm', 'sales']);
  });
});
