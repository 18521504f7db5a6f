import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ErrorBody } from '../errors/error-filter';
import type { ProblemDetail } from '../errors/api-error';

// The platform's error body for the OpenAPI document; GlobalErrorFilter produces it.

export class ErrorDetail implements ProblemDetail {
  @ApiProperty({ example: '/name', description: 'JSON pointer (RFC 6901) to the offending part of the input' })
  pointer!: string;

  @ApiProperty()
  message!: string;
}

export class ErrorDescription {
  @ApiProperty({ example: 403 })
  status!: number;

  @ApiProperty({ example: 'forbidden' })
  code!: string;

  @ApiProperty({ example: "missing right: domain-owner of domain 'sales'" })
  message!: string;

  @ApiPropertyOptional({ type: [ErrorDetail], description: 'One entry per invalid field' })
  details?: ErrorDetail[];

  @ApiPropertyOptional({ description: 'On a 500 only: the id of the logged error' })
  errorId?: string;
}

export class ErrorResponse implements ErrorBody {
  @ApiProperty({ type: ErrorDescription })
  error!: ErrorDescription;
}

/**
 * Documents a route (or every route of a controller) as needing a bearer token, with its 401 and 403, in the
 * platform's error shape unless the service answers in another (`errorType`: the catalog's Iceberg ErrorModel).
 */
export function ApiAuthenticated(errorType: Type<unknown> = ErrorResponse): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: errorType, description: 'No token, or an invalid, expired or revoked one' }),
    ApiForbiddenResponse({ type: errorType, description: 'The principal lacks the right the message names' }),
  );
}

/** The error statuses a route documents, each with when it is answered (`true`: the status says it all). */
export type ErrorAnswers = Partial<Record<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 503, string | true>>;

/**
 * Documents a route's (or every route of a controller's) error answers, all in the platform's error body, so that
 * no route names the body itself: `@ApiErrors({ 400: true, 404: 'No such product' })`.
 */
export function ApiErrors(answers: ErrorAnswers): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ...Object.entries(answers).map(([status, when]) =>
      ApiResponse({ status: Number(status), type: ErrorResponse, ...(when === true ? {} : { description: when }) }),
    ),
  );
}
