// Makes the stack's Trino catalog `mesh` on the platform's Iceberg REST catalog (`./platform start` runs it when
// MESH_TRINO=1 and the warehouse is on S3, once the catalog is up):
//
//   MESH_ADMIN_TOKEN=... node -r @swc-node/register infra/local/trino-catalog.ts <mesh home> [catalog URL] [Trino URL]
//
// Trino's own principal (`svc-trino`, a consumer without grants) is made with a token kept in <mesh home>/tokens/trino:
// what Trino asks outside a user's query reads nothing, and each query carries its user's token (see
// createTrinoCatalogStatement). The statement holds the S3 store's keys, so it goes to Trino and nowhere else.
import { ensureServiceToken } from '@mesh/registry-client';
import { createTrinoCatalogStatement } from '@mesh/storage';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

async function runOnTrino(trinoUrl: string, statement: string): Promise<void> {
  let page = (await (
    await fetch(`${trinoUrl}/v1/statement`, {
      method: 'POST',
      headers: { 'X-Trino-User': 'mesh-operator' },
      body: statement,
    })
  ).json()) as { nextUri?: string; error?: { message: string } };
  while (page.error === undefined && page.nextUri !== undefined) {
    page = (await (await fetch(page.nextUri, { headers: { 'X-Trino-User': 'mesh-operator' } })).json()) as typeof page;
  }
  if (page.error !== undefined) throw new Error(`Trino refused the catalog: ${page.error.message}`);
}

async function main(
  home: string | undefined,
  catalogUrl = 'http://127.0.0.1:8181',
  trinoUrl = 'http://127.0.0.1:8088',
) {
  const adminToken = process.env.MESH_ADMIN_TOKEN;
  if (home === undefined || adminToken === undefined || adminToken === '') {
    throw new Error('usage: MESH_ADMIN_TOKEN=... trino-catalog.ts <mesh home> [catalog URL] [Trino URL]');
  }
  const file = join(home, 'tokens', 'trino');
  const current = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  const { token, issued } = await ensureServiceToken({
    registryUrl: process.env.REGISTRY_URL ?? 'http://127.0.0.1:3001',
    adminToken,
    name: 'svc-trino',
    roles: [{ role: 'consumer' }],
    current: current === '' ? undefined : current,
  });
  if (issued) writeFileSync(file, token, { mode: 0o600 });
  const secret = (name: string) => readFileSync(join(home, 's3', name), 'utf8').trim();
  const store = {
    endpoint: process.env.S3_ENDPOINT ?? 'http://127.0.0.1:9000',
    region: process.env.S3_REGION ?? 'us-east-1',
    accessKeyId: process.env.S3_ACCESS_KEY_ID ?? secret('access-key-id'),
    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? secret('secret-access-key'),
  };
  await runOnTrino(trinoUrl, createTrinoCatalogStatement('mesh', { uri: catalogUrl, token }, store));
  console.log(`trino: catalog mesh on ${catalogUrl} (${trinoUrl})`);
}

main(process.argv[2], process.argv[3], process.argv[4]).catch((error: unknown) => {
  console.error(`trino-catalog: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
