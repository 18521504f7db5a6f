import { errorFamily } from '@mesh/platform';

export const DomainError = errorFamily('DomainError', { domain_not_found: 404, domain_exists: 409 });
