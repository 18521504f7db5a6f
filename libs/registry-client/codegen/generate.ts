// Writes src/generated/registry-api.ts from openapi/registry.json: `npm run generate -w libs/registry-client`.
// With `-- --from-url URL` it first replaces openapi/registry.json by the document a running registry serves
// (e.g. http://127.0.0.1:3001/openapi.json), keeping only the client API (see client-api.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { clientApi, parseOpenApi, renderOpenApi } from './client-api';
import { GENERATED_FILE, OPENAPI_FILE } from './paths';
import { renderRegistryApi } from './render-types';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');
const USAGE = 'usage: npm run generate -w libs/registry-client [-- --from-url http://127.0.0.1:3001/openapi.json]';

/** The URL of `--from-url URL` (or `--from-url=URL`); undefined without arguments. */
function fromUrl(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === '--from-url') return args[1];
  if (args.length === 1 && args[0].startsWith('--from-url=')) return args[0].slice('--from-url='.length);
  throw new Error(USAGE);
}

async function download(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  writeFileSync(OPENAPI_FILE, renderOpenApi(clientApi(parseOpenApi(await response.text(), url))));
  console.log(`wrote ${relative(REPOSITORY_ROOT, OPENAPI_FILE)} from ${url}`);
}

async function generate(args: readonly string[]): Promise<void> {
  const url = fromUrl(args);
  if (url !== undefined) await download(url);
  mkdirSync(dirname(GENERATED_FILE), { recursive: true });
  writeFileSync(GENERATED_FILE, await renderRegistryApi(readFileSync(OPENAPI_FILE, 'utf8')));
  console.log(`wrote ${relative(REPOSITORY_ROOT, GENERATED_FILE)}`);
}

generate(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
