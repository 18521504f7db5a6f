import { changedAttributes, domainCreatedPayload, domainUpdatedPayload, type DomainView } from './domain.model';

const sales: DomainView = {
  name: 'sales',
  title: 'Sales',
  description: null,
  owningTeam: 'team-sales',
  createdAt: new Date('2030-01-01T00:00:00Z'),
  updatedAt: new Date('2030-01-01T00:00:00Z'),
};

describe('domain model', () => {
  it('finds the attributes a patch changes, ignoring those it leaves or sets to their value', () => {
    expect(changedAttributes(sales, {})).toEqual([]);
    expect(changedAttributes(sales, { title: 'Sales' })).toEqual([]);
    expect(changedAttributes(sales, { title: 'Sales & CRM', owningTeam: 'team-sales' })).toEqual(['title']);
    expect(changedAttributes(sales, { description: 'Orders', owningTeam: 'team-crm' })).toEqual([
      'description',
      'owningTeam',
    ]);
  });

  it("describes a change with the contract's field names", () => {
    expect(domainCreatedPayload(sales)).toEqual({
      domain: 'sales',
      title: 'Sales',
      description: null,
      ownerTeam: 'team-sales',
    });
    expect(domainUpdatedPayload({ ...sales, owningTeam: 'team-crm' }, ['owningTeam', 'title'])).toEqual({
      domain: 'sales',
      title: 'Sales',
      description: null,
      ownerTeam: 'team-crm',
      changedFields: ['ownerTeam', 'title'],
    });
  });
});
