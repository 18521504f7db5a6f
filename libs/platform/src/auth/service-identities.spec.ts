import { roleGrantSchema } from './principal';
import { PLATFORM_SERVICES, SERVICE_ROLES, servicePrincipalName } from './service-identities';

describe('the services’ identities', () => {
  it('give every service the service role and no service an admin role', () => {
    for (const service of PLATFORM_SERVICES) {
      const roles = SERVICE_ROLES[service].map((grant) => grant.role);
      expect(roles).toContain('platform-service');
      expect(roles).not.toContain('platform-admin');
      expect(roles).not.toContain('governance-admin');
      for (const grant of SERVICE_ROLES[service]) expect(roleGrantSchema.safeParse(grant).success).toBe(true);
    }
  });

  it('let only provisioning write in the catalog, and only those that read every domain read it', () => {
    const holders = (role: string) =>
      PLATFORM_SERVICES.filter((service) => SERVICE_ROLES[service].some((grant) => grant.role === role));
    expect(holders('catalog-writer')).toEqual(['provisioning']);
    expect(holders('platform-reader')).toEqual(['provisioning', 'quality', 'gateway']);
  });

  it('name each principal after its service', () => {
    expect(servicePrincipalName('catalog')).toBe('catalog-service');
  });
});
