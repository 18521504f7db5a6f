import { SERVICE_ROLES, servicePrincipalName, type PlatformService } from '@mesh/platform';
import { ensureServiceToken } from '@mesh/registry-client';
import { ADMIN_TOKEN } from './registry-under-test';

/**
 * A token of the service's own principal in a registry under test, with the roles it has in production
 * (SERVICE_ROLES), so that tests run every service as `./platform start` does: never with the admin's token.
 */
export async function serviceToken(registryUrl: string, service: PlatformService): Promise<string> {
  const { token } = await ensureServiceToken({
    registryUrl,
    adminToken: ADMIN_TOKEN,
    name: servicePrincipalName(service),
    roles: SERVICE_ROLES[service],
  });
  return token;
}
