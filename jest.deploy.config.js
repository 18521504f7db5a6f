// The images' and the Helm chart's tests (`./platform test deploy`): each image's file system built with the
// Dockerfile's steps and the whole mesh run from it, and both chart profiles linted, rendered and validated. Their own
// profile, since building the images and the chart's tools costs minutes `./platform test` has not got; CI's script
// (.ci/run) runs it after the tests. Same stack check as the integration tests: they never skip.
const integration = require('./jest.int.config');

module.exports = {
  ...integration,
  testMatch: ['<rootDir>/deploy/test/**/*.int-spec.ts'],
};
