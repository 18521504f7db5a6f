import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GlobalErrorFilter, LOGGER } from '@mesh/platform';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ICEBERG_ERROR_TYPES } from './catalog-error';

/** The spec's ErrorModel, inside its IcebergErrorResponse wrapper. */
export interface IcebergErrorResponse {
  error: { message: string; type: string; code: number };
}

/** Routes whose 5xx leaves the commit's outcome unknown to the client, which must then reload before retrying. */
const COMMIT_ROUTE = /^\/v1\/(transactions\/commit|namespaces\/[^/]+\/tables\/[^/]+)\/?(\?|$)/;

/**
 * Answers the Iceberg routes' errors in the spec's ErrorModel. The platform's filter decides status, message and
 * logging (a 500 carries only an error id that is in the log); this one only reshapes its body and names the
 * Iceberg exception type.
 */
@Catch()
export class IcebergErrorFilter implements ExceptionFilter {
  private readonly platform: GlobalErrorFilter;

  constructor(@Inject(LOGGER) logger: Logger) {
    this.platform = new GlobalErrorFilter(logger);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const body = toIcebergError(this.platform.toBody(exception).error, request);
    http.getResponse<Response>().status(body.error.code).json(body);
  }
}

export function toIcebergError(
  error: { status: number; code: string; message: string },
  request: Pick<Request, 'method' | 'originalUrl'>,
): IcebergErrorResponse {
  const unknownCommit = error.status >= 500 && request.method === 'POST' && COMMIT_ROUTE.test(request.originalUrl);
  const type = unknownCommit
    ? 'CommitStateUnknownException'
    : (ICEBERG_ERROR_TYPES[error.code] ?? (error.status >= 500 ? 'InternalServerError' : 'BadRequestException'));
  return { error: { message: error.message, type, code: error.status } };
}
