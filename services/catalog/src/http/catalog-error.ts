import { errorFamily } from '@mesh/platform';

/**
 * The catalog's own failures. Each code has one HTTP status and one Iceberg exception type (the `type` of the
 * spec's ErrorModel), which clients such as PyIceberg turn into their own exceptions: a 409 CommitFailedException
 * tells them to refresh and retry.
 */
export const CATALOG_ERROR_STATUSES = {
  bad_request: 400,
  validation: 400,
  no_such_namespace: 404,
  no_such_table: 404,
  no_such_grant: 404,
  namespace_exists: 409,
  table_exists: 409,
  namespace_not_empty: 409,
  commit_failed: 409,
  unprocessable: 422,
} as const;

export type CatalogErrorCode = keyof typeof CATALOG_ERROR_STATUSES;

export const CatalogError = errorFamily<CatalogErrorCode>('CatalogError', CATALOG_ERROR_STATUSES);
export type CatalogError = InstanceType<typeof CatalogError>;

/** The Iceberg exception type of every error code the catalog's routes can answer with. */
export const ICEBERG_ERROR_TYPES: Readonly<Record<string, string>> = {
  bad_request: 'BadRequestException',
  invalid_input: 'BadRequestException',
  validation: 'ValidationException',
  no_such_namespace: 'NoSuchNamespaceException',
  no_such_table: 'NoSuchTableException',
  no_such_grant: 'NotFoundException',
  namespace_exists: 'AlreadyExistsException',
  table_exists: 'AlreadyExistsException',
  namespace_not_empty: 'NamespaceNotEmptyException',
  commit_failed: 'CommitFailedException',
  unprocessable: 'UnprocessableEntityException',
  unauthenticated: 'NotAuthorizedException',
  forbidden: 'ForbiddenException',
  unavailable: 'ServiceUnavailableException',
  not_found: 'NotFoundException',
  payload_too_large: 'RequestEntityTooLargeException',
  unsupported_media_type: 'UnsupportedMediaTypeException',
};

export const noSuchNamespace = (namespace: string) =>
  new CatalogError('no_such_namespace', `Namespace does not exist: ${namespace}`);

export const noSuchTable = (namespace: string, table: string) =>
  new CatalogError('no_such_table', `Table does not exist: ${namespace}.${table}`);
