// Shared jest settings. TypeScript is compiled by SWC (fast on two cores); type checking is
// a separate step (`npm run typecheck`), so tests never wait for tsc.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const base = { testEnvironment: 'node', transform: { '^.+\\.ts$': swc }, moduleFileExtensions: ['ts', 'js', 'json'] };

/** Unit tests: pure, next to the code (`src/**\/*.spec.ts`). */
const unitConfig = (rootDir) => ({ ...base, rootDir, testMatch: ['<rootDir>/src/**/*.spec.ts'] });

module.exports = { base, unitConfig };
