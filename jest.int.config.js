// Integration tests: `test/**/*.int-spec.ts` of every lib and service, the conformance suites and the end-to-end
// tests of the whole mesh (e2e/), against the real local stack (the images' and the Helm chart's, deploy/test, have a
// profile of their own: jest.deploy.config.js). The global setup fails the whole run, naming the component, when the
// stack is not reachable: these tests never skip.
const { base } = require('./jest.preset');

module.exports = {
  ...base,
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/libs/*/test/**/*.int-spec.ts',
    '<rootDir>/services/*/test/**/*.int-spec.ts',
    '<rootDir>/conformance/**/*.int-spec.ts',
    '<rootDir>/e2e/**/*.int-spec.ts',
    '<rootDir>/web/e2e/**/*.int-spec.ts',
    '<rootDir>/cli/test/**/*.int-spec.ts',
  ],
  globalSetup: '<rootDir>/libs/testing/src/require-stack.global-setup.ts',
  testTimeout: 60000,
  // dist/ mirrors the sources (./platform build): jest must not see its copies as a second set of modules.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
