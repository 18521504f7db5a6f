import { ApiError } from '@mesh/platform';

/**
 * Each failure with its HTTP status and Confluent's numeric `error_code`, which Confluent clients branch on
 * (a 404 with 40403 means "no such schema", a bare 404 a wrong URL). The record makes the mapping exhaustive.
 */
const CONFLUENT_ERRORS = {
  invalid_request: { status: 400, errorCode: 400 },
  subject_not_found: { status: 404, errorCode: 40401 },
  version_not_found: { status: 404, errorCode: 40402 },
  schema_not_found: { status: 404, errorCode: 40403 },
  subject_compatibility_not_found: { status: 404, errorCode: 40408 },
  incompatible_schema: { status: 409, errorCode: 409 },
  invalid_schema: { status: 422, errorCode: 42201 },
  invalid_version: { status: 422, errorCode: 42202 },
  invalid_compatibility_level: { status: 422, errorCode: 42203 },
} as const satisfies Record<string, { status: number; errorCode: number }>;

export type SchemaRegistryErrorCode = keyof typeof CONFLUENT_ERRORS;

/** Confluent's code for a failure of the registry itself; the message carries the id of the logged error. */
export const INTERNAL_ERROR_CODE = 50001;

export class SchemaRegistryError extends ApiError {
  readonly errorCode: number;

  constructor(code: SchemaRegistryErrorCode, message: string) {
    const { status, errorCode } = CONFLUENT_ERRORS[code];
    super(status, code, message);
    this.name = 'SchemaRegistryError';
    this.errorCode = errorCode;
  }
}
