const { unitConfig } = require('../../jest.preset');

const config = unitConfig(__dirname);
const typescript = config.transform['^.+\\.ts$'];

// The generated.spec.ts regenerates with openapi-typescript, whose CommonJS build requires ES modules (parse-json 8
// with index-to-position, supports-color 10, change-case 5): Node loads them, jest's module runtime does not, so
// jest compiles them to CommonJS like the sources.
const ESM_DEPENDENCIES = ['parse-json', 'index-to-position', 'supports-color', 'change-case'];

module.exports = {
  ...config,
  transform: { ...config.transform, [`/node_modules/(${ESM_DEPENDENCIES.join('|')})/.+\\.js$`]: typescript },
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_DEPENDENCIES.join('|')})/).*/node_modules/`],
};
