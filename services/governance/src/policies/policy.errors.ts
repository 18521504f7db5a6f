import { errorFamily } from '@mesh/platform';

export const PolicyError = errorFamily('PolicyError', {
  invalid_policy: 400,
  invalid_expression: 400,
  policy_not_found: 404,
  scope_conflict: 409,
  unsupported_media_type: 415,
});
