import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const SERVICES = ['catalog', 'gateway', 'governance', 'lineage', 'provisioning', 'quality', 'registry', 'search'];
const SERVICE_PACKAGES = SERVICES.map((service) => `@mesh/${service}`);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.mesh/**',
      '.nx/**',
      'libs/contracts/src/generated/**',
      'web/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(skip|only)$/]',
          message: 'no .skip/.only in committed tests',
        },
      ],
    },
  },
  {
    // Boundaries: libs never import services.
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/services/**', ...SERVICE_PACKAGES] }] },
  },
  // A service never imports another service: they meet on Kafka and HTTP only. Its controllers and event handlers
  // go through a service class, never straight to a repository (the types of its rows may be shared).
  ...SERVICES.flatMap((service) => {
    const otherServices = [
      { group: ['**/services/**'], message: 'a service never imports another service' },
      {
        group: SERVICES.filter((other) => other !== service).map((other) => `@mesh/${other}`),
        message: 'a service never imports another service',
      },
    ];
    const repositories = {
      group: ['**/*.repository'],
      allowTypeImports: true,
      message: 'controllers and handlers go through a service class, not a repository',
    };
    return [
      {
        files: [`services/${service}/**/*.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns: otherServices }] },
      },
      {
        files: [`services/${service}/**/*.controller.ts`, `services/${service}/**/*.handlers.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns: [...otherServices, repositories] }] },
      },
    ];
  }),
  {
    // The web app: React's rules of hooks, and the browser's globals.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', sessionStorage: 'readonly', performance: 'readonly' },
    },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
