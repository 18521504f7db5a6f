import type { AuthenticatedPrincipal, RoleGrant } from './principal';
import {
  hasRole,
  mayWriteDomain,
  ownedDomains,
  requireDomainOwner,
  requireDomainRead,
  requireDomainWrite,
  requireRole,
} from './rights';

const principal = (...roles: RoleGrant[]): AuthenticatedPrincipal => ({ id: 'p1', name: 'alice', kind: 'user', roles });
const admin = principal({ role: 'platform-admin' });
const salesOwner = principal({ role: 'domain-owner', domain: 'sales' }, { role: 'consumer' });
const salesMember = principal({ role: 'domain-member', domain: 'sales' });
const consumer = principal({ role: 'consumer', domain: 'sales' });

const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('rights', () => {
  it('knows which roles a principal holds, in which domain', () => {
    expect(hasRole(salesOwner, 'domain-owner')).toBe(true);
    expect(hasRole(salesOwner, 'domain-owner', 'sales')).toBe(true);
    expect(hasRole(salesOwner, 'domain-owner', 'finance')).toBe(false);
    expect(ownedDomains(salesOwner)).toEqual(['sales']);
    expect(ownedDomains(salesMember)).toEqual([]);
  });

  it('requires one of the listed roles and names them when none is held', () => {
    expect(refusal(() => requireRole(admin, ['platform-admin', 'governance-admin']))).toBeUndefined();
    expect(refusal(() => requireRole(salesOwner, ['platform-admin', 'governance-admin']))).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: 'missing right: platform-admin or governance-admin',
    });
    expect(refusal(() => requireRole(salesOwner, 'platform-admin'))).toMatchObject({
      message: 'missing right: platform-admin',
    });
  });

  it("lets a domain's owners and members and platform admins write to it", () => {
    for (const writer of [admin, salesOwner, salesMember]) {
      expect(refusal(() => requireDomainWrite(writer, 'sales'))).toBeUndefined();
    }
    expect(refusal(() => requireDomainWrite(consumer, 'sales'))).toMatchObject({
      status: 403,
      message: "missing right: domain-owner or domain-member of domain 'sales'",
    });
    expect(refusal(() => requireDomainWrite(salesOwner, 'finance'))).toMatchObject({
      message: "missing right: domain-owner or domain-member of domain 'finance'",
    });
    expect([admin, salesOwner, salesMember, consumer].map((caller) => mayWriteDomain(caller, 'sales'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(mayWriteDomain(salesOwner, 'finance')).toBe(false);
  });

  it('lets platform readers read what a domain keeps to itself, but not write it', () => {
    const reader = principal({ role: 'platform-reader' });
    for (const allowed of [admin, salesOwner, salesMember, reader]) {
      expect(refusal(() => requireDomainRead(allowed, 'sales'))).toBeUndefined();
    }
    expect(refusal(() => requireDomainRead(consumer, 'sales'))).toMatchObject({
      status: 403,
      message: "missing right: domain-owner or domain-member of domain 'sales'",
    });
    expect(refusal(() => requireDomainWrite(reader, 'sales'))).toMatchObject({ status: 403 });
  });

  it("lets only a domain's owners and platform admins manage it", () => {
    expect(refusal(() => requireDomainOwner(admin, 'sales'))).toBeUndefined();
    expect(refusal(() => requireDomainOwner(salesOwner, 'sales'))).toBeUndefined();
    expect(refusal(() => requireDomainOwner(salesMember, 'sales'))).toMatchObject({
      status: 403,
      message: "missing right: domain-owner of domain 'sales'",
    });
  });
});
