import { errorFamily } from '@mesh/platform';

export const GateError = errorFamily('GateError', {
  invalid_descriptor: 400,
});
