import openapiTS, { astToString } from 'openapi-typescript';
import { GENERATE_COMMAND } from './paths';

export const BANNER = `// Generated from libs/registry-client/openapi/registry.json by ${GENERATE_COMMAND}. DO NOT EDIT.`;

/**
 * The TypeScript of `src/generated/registry-api.ts` for the committed OpenAPI document (its text): `paths`,
 * `components` and `operations`, as openapi-fetch expects them. Pure, so the unit test can regenerate in memory.
 */
export async function renderRegistryApi(openApiText: string): Promise<string> {
  // A field with a default may be left out of a request (`expiresInDays` of a new token): it stays optional.
  const nodes = await openapiTS(openApiText, { silent: true, defaultNonNullable: false });
  return `${BANNER}\n\n${astToString(nodes)}`;
}
