import type { AuthenticatedPrincipal, RoleGrant } from '@mesh/platform';
import { requirePolicyWrite, requireWaiverApprover } from './policy-rights';

const principal = (...roles: RoleGrant[]): AuthenticatedPrincipal => ({ id: 'p', name: 'p', kind: 'user', roles });

function refusal(check: () => void): string {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('who may write policies', () => {
  const salesOwner = principal({ role: 'domain-owner', domain: 'sales' });

  it('lets governance and platform admins write global and domain policies', () => {
    for (const admin of [principal({ role: 'governance-admin' }), principal({ role: 'platform-admin' })]) {
      expect(() => requirePolicyWrite(admin, null)).not.toThrow();
      expect(() => requirePolicyWrite(admin, 'sales')).not.toThrow();
      expect(() => requireWaiverApprover(admin)).not.toThrow();
    }
  });

  it("lets a domain owner write its own domain's policies only, naming the missing right otherwise", () => {
    expect(() => requirePolicyWrite(salesOwner, 'sales')).not.toThrow();
    expect(refusal(() => requirePolicyWrite(salesOwner, null))).toContain('governance-admin or platform-admin');
    expect(refusal(() => requirePolicyWrite(salesOwner, 'finance'))).toContain("domain-owner of domain 'finance'");
    expect(refusal(() => requirePolicyWrite(principal({ role: 'domain-member', domain: 'sales' }), 'sales'))).toContain(
      "domain-owner of domain 'sales'",
    );
  });

  it('keeps waivers to governance', () => {
    expect(refusal(() => requireWaiverApprover(salesOwner))).toContain('governance-admin or platform-admin');
  });
});
