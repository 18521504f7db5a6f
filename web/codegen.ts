import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the gateway's schema: every `graphql(...)` call in src/ gets its result and variables types.
 * `npm run codegen -w web` after changing an operation or the schema; src/graphql/generated.spec.ts fails when the
 * committed output is stale.
 */
const config: CodegenConfig = {
  schema: '../services/gateway/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
