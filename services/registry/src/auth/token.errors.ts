import { errorFamily } from '@mesh/platform';

export const TokenError = errorFamily('TokenError', { token_not_found: 404 });
