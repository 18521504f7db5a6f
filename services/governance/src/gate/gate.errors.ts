import { errorFamily } from '@mesh/platform';

export const GateError = errorFamily('GateError', {
  invalid_descriptor: 400,
  unknown_version: 404,
});
