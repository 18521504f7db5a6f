const { base, unitConfig } = require('../../jest.preset');

// The CEL library ships as ES modules only; jest's module system needs it compiled to CommonJS like our code.
const swc = base.transform['^.+\\.ts$'];
module.exports = {
  ...unitConfig(__dirname),
  transform: { ...base.transform, '^.+/@marcbachmann/cel-js/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!@marcbachmann/cel-js/)'],
};
