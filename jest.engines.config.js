// The distributed engines' suites (`./platform test engines`): Spark and Trino against the real catalog on S3, the
// quality service on Trino, and the demo mesh seeded on S3 (some 3 minutes of PyIceberg writes through the signer).
// Their own profile, since they cost more time than `./platform test` has to spare; CI's script (.ci/run) runs it
// last. Same stack check as the integration tests: they never skip.
const integration = require('./jest.int.config');

module.exports = {
  ...integration,
  testMatch: [
    '<rootDir>/conformance/**/*.engine-spec.ts',
    '<rootDir>/services/*/test/**/*.engine-spec.ts',
    '<rootDir>/cli/test/**/*.engine-spec.ts',
  ],
  testTimeout: 180000,
};
