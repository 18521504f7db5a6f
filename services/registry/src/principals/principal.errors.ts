import { errorFamily } from '@mesh/platform';

export const PrincipalError = errorFamily('PrincipalError', { principal_not_found: 404, principal_exists: 409 });
