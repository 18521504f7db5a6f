import { join } from 'node:path';

/** The registry's OpenAPI document as committed: the source the client types are generated from. */
export const OPENAPI_FILE = join(__dirname, '..', 'openapi', 'registry.json');

/** Where the codegen writes the types; committed, and checked by a unit test to match OPENAPI_FILE. */
export const GENERATED_FILE = join(__dirname, '..', 'src', 'generated', 'registry-api.ts');

/** What to run after the OpenAPI document changed; the stale checks name it. */
export const GENERATE_COMMAND = 'npm run generate -w libs/registry-client';
