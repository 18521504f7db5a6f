import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { ApiAuthenticated } from '@mesh/platform';
import type { IcebergErrorResponse } from './iceberg-error.filter';

// The Iceberg REST spec's error body for the OpenAPI document; IcebergErrorFilter produces it.

export class IcebergErrorModel {
  @ApiProperty({ example: 'Table does not exist: sales.orders' })
  message!: string;

  @ApiProperty({ example: 'NoSuchTableException' })
  type!: string;

  @ApiProperty({ example: 404 })
  code!: number;
}

export class IcebergError implements IcebergErrorResponse {
  @ApiProperty({ type: IcebergErrorModel })
  error!: IcebergErrorModel;
}

const DESCRIPTIONS = {
  400: 'Invalid input (BadRequestException): the message names the problem',
  404: 'No such namespace, table or grant (NoSuchNamespaceException, NoSuchTableException)',
  409:
    'It exists already, the namespace is not empty, or a commit requirement failed (AlreadyExistsException, ' +
    'NamespaceNotEmptyException, CommitFailedException)',
  422: 'Properties both updated and removed (UnprocessableEntityException)',
} as const;

/** Documents a catalog controller's bearer auth with its 401 and 403 in the spec's error body. */
export const ApiIcebergAuthenticated = (): ClassDecorator & MethodDecorator => ApiAuthenticated(IcebergError);

const SUCCESS = {
  200: 'The answer the Iceberg REST spec gives for this route',
  204: 'Done; no body',
} as const;

/**
 * Documents an Iceberg route's answers: its success, then its errors in the spec's error body. Naming any answer
 * makes Nest's generator leave out its default one, so the success is always named here.
 */
export function ApiIcebergAnswers(
  success: keyof typeof SUCCESS,
  ...errors: (keyof typeof DESCRIPTIONS)[]
): MethodDecorator {
  return applyDecorators(
    ApiResponse({ status: success, description: SUCCESS[success] }),
    ...errors.map((status) => ApiResponse({ status, type: IcebergError, description: DESCRIPTIONS[status] })),
  );
}
