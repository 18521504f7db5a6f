import { errorFamily } from '../errors/api-error';

/** Authentication and authorization failures; the message says what is missing. */
export const AuthError = errorFamily('AuthError', { unauthenticated: 401, forbidden: 403, unavailable: 503 });
export type AuthError = InstanceType<typeof AuthError>;

/** A 403 naming the right the principal lacks, e.g. "missing right: domain-owner of domain 'sales'". */
export function missingRight(right: string): AuthError {
  return new AuthError('forbidden', `missing right: ${right}`);
}
