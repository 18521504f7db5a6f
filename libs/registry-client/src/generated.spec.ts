import { readFileSync } from 'node:fs';
import { GENERATE_COMMAND, GENERATED_FILE, OPENAPI_FILE } from '../codegen/paths';
import { BANNER, renderRegistryApi } from '../codegen/render-types';

describe('src/generated/registry-api.ts', () => {
  it('matches openapi/registry.json', async () => {
    const expected = await renderRegistryApi(readFileSync(OPENAPI_FILE, 'utf8'));
    if (readFileSync(GENERATED_FILE, 'utf8') !== expected) {
      throw new Error(`src/generated/registry-api.ts is stale: run ${GENERATE_COMMAND}`);
    }
  });

  it('starts with the do-not-edit banner', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8').startsWith(`${BANNER}\n`)).toBe(true);
  });
});

describe('openapi/registry.json', () => {
  it('holds the client API only, without the Confluent-compatible Schema Registry API', () => {
    const document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/schema-registry/'))).toEqual([]);
    expect(Object.keys(document.paths)).toContain('/v1/products/{domain}/{name}/versions/{version}');
    expect(Object.keys(document.components.schemas)).not.toContain('ConfluentError');
  });
});
