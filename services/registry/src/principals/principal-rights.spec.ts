import type { AuthenticatedPrincipal, RoleGrant } from '@mesh/platform';
import { requireManagePrincipal, requireManageTokens } from './principal-rights';

const principal = (id: string, ...roles: RoleGrant[]): AuthenticatedPrincipal => ({
  id,
  name: id,
  kind: 'user',
  roles,
});
const admin = principal('admin', { role: 'platform-admin' });
const salesOwner = principal(
  'owner',
  { role: 'domain-owner', domain: 'sales' },
  { role: 'domain-owner', domain: 'crm' },
);
const salesMember = principal('member', { role: 'domain-member', domain: 'sales' });

const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
};

describe('managing principals', () => {
  it('is open to platform admins for any roles', () => {
    expect(refusal(() => requireManagePrincipal(admin, [{ role: 'platform-admin' }]))).toBeUndefined();
    expect(refusal(() => requireManagePrincipal(admin, []))).toBeUndefined();
  });

  it('lets a domain owner manage principals of their domains, with consumer rights beside', () => {
    for (const roles of [
      [{ role: 'domain-member', domain: 'sales' }],
      [
        { role: 'domain-owner', domain: 'crm' },
        { role: 'domain-member', domain: 'sales' },
      ],
      [{ role: 'consumer', domain: 'sales' }],
      [{ role: 'domain-member', domain: 'sales' }, { role: 'consumer' }],
    ] satisfies RoleGrant[][]) {
      expect(refusal(() => requireManagePrincipal(salesOwner, roles))).toBeUndefined();
    }
  });

  it('names the missing right when the roles reach beyond the owner’s domains', () => {
    expect(refusal(() => requireManagePrincipal(salesOwner, [{ role: 'domain-member', domain: 'finance' }]))).toBe(
      "missing right: domain-owner of domain 'finance'",
    );
    expect(
      refusal(() =>
        requireManagePrincipal(salesOwner, [
          { role: 'domain-member', domain: 'sales' },
          { role: 'domain-owner', domain: 'finance' },
        ]),
      ),
    ).toBe("missing right: domain-owner of domain 'finance'");
    expect(
      refusal(() =>
        requireManagePrincipal(salesOwner, [{ role: 'domain-member', domain: 'sales' }, { role: 'governance-admin' }]),
      ),
    ).toBe('missing right: platform-admin');
    // A consumer of no domain belongs to no owner.
    expect(refusal(() => requireManagePrincipal(salesOwner, [{ role: 'consumer' }]))).toBe(
      'missing right: platform-admin',
    );
  });

  it('is closed to principals that own no domain', () => {
    expect(refusal(() => requireManagePrincipal(salesMember, [{ role: 'domain-member', domain: 'sales' }]))).toBe(
      "missing right: domain-owner of domain 'sales'",
    );
    expect(refusal(() => requireManagePrincipal(salesMember, [{ role: 'consumer' }]))).toBe(
      'missing right: platform-admin or domain-owner',
    );
  });

  it('lets every principal manage its own tokens', () => {
    expect(refusal(() => requireManageTokens(salesMember, salesMember))).toBeUndefined();
    expect(refusal(() => requireManageTokens(salesMember, salesOwner))).toBe(
      "missing right: domain-owner of domain 'sales'",
    );
    expect(refusal(() => requireManageTokens(salesOwner, salesMember))).toBeUndefined();
  });
});
