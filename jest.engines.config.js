// The distributed engines' suites (`./platform test engines`): Spark and Trino against the real catalog on S3, and the
// quality service on Trino. Their own profile, since starting the engines costs more time than `./platform test` has
// to spare; CI runs it after `./platform test`. Same stack check as the integration tests: they never skip.
const integration = require('./jest.int.config');

module.exports = {
  ...integration,
  testMatch: ['<rootDir>/conformance/**/*.engine-spec.ts', '<rootDir>/services/*/test/**/*.engine-spec.ts'],
  testTimeout: 180000,
};
