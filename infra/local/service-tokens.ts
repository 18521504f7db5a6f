// Gives each platform service its own principal and token (`./platform start` runs it once the registry is up):
//
//   MESH_ADMIN_TOKEN=... node -r @swc-node/register infra/local/service-tokens.ts <directory> [registry URL]
//
// Each token is written to <directory>/<service>, readable by its owner only, and kept there from one start to the
// next while the registry still takes it; the roles each principal gets are SERVICE_ROLES (docs/security.md). It
// prints which tokens it issued or kept, never a token.
import { PLATFORM_SERVICES, SERVICE_ROLES, servicePrincipalName } from '@mesh/platform';
import { ensureServiceToken } from '@mesh/registry-client';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

async function main(directory: string | undefined, registryUrl = 'http://127.0.0.1:3001'): Promise<void> {
  const adminToken = process.env.MESH_ADMIN_TOKEN;
  if (directory === undefined || adminToken === undefined || adminToken === '') {
    throw new Error('usage: MESH_ADMIN_TOKEN=... service-tokens.ts <directory> [registry URL]');
  }
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const outcomes: string[] = [];
  for (const service of PLATFORM_SERVICES) {
    const file = join(directory, service);
    // A file made before (or under another umask) is narrowed before anything is read from or written to it.
    if (existsSync(file)) chmodSync(file, 0o600);
    const current = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
    const { token, issued } = await ensureServiceToken({
      registryUrl,
      adminToken,
      name: servicePrincipalName(service),
      roles: SERVICE_ROLES[service],
      current: current === '' ? undefined : current,
    });
    if (issued) writeFileSync(file, token, { mode: 0o600 });
    outcomes.push(`${service} ${issued ? 'issued' : 'kept'}`);
  }
  console.log(`service tokens in ${directory}: ${outcomes.join(', ')}`);
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(`service-tokens: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
