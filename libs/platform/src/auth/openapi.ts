import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiProperty,
  ApiPropertyOptional,
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
