import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { ApiError, ProblemDetail } from './api-error';

export interface ErrorBody {
  error: { status: number; code: string; message: string; details?: readonly ProblemDetail[]; errorId?: string };
}

/**
 * Maps every error to one JSON shape. Client errors say what is wrong; anything unexpected
 * is a 500 whose body carries only an error id, the same id as the log line with the stack,
 * so a user can report it without the service leaking internals.
 */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // A GraphQL resolver's error belongs to the GraphQL answer, which maps it itself (the gateway's error
    // formatter): handing it back makes the resolver fail with it instead of writing an HTTP response here.
    if (host.getType<string>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    response.status(body.error.status).json(body);
    return undefined;
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof ApiError) {
      const { status, code, message, details } = exception;
      return { error: { status, code, message, ...(details.length ? { details } : {}) } };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return { error: { status: exception.getStatus(), code: httpCode(exception), message: httpMessage(exception) } };
    }
    if (isBodyTooLarge(exception)) {
      const message = `request body is larger than the limit of ${exception.limit} bytes for this route`;
      return { error: { status: 413, code: 'payload_too_large', message } };
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, err: exception }, 'unhandled error');
    return { error: { status: 500, code: 'internal', message: `internal error (error id ${errorId})`, errorId } };
  }
}

/** body-parser's refusal of a body over its limit (an http-errors error, not a Nest exception). */
function isBodyTooLarge(exception: unknown): exception is { limit: number } {
  const error = exception as { type?: unknown; status?: unknown; limit?: unknown } | null;
  return error?.type === 'entity.too.large' && error.status === 413 && typeof error.limit === 'number';
}

function httpCode(exception: HttpException): string {
  const status = exception.getStatus();
  if (status === 404) return 'not_found';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  return 'bad_request';
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  // body-parser reports malformed JSON as a 400 with a parser message; say it plainly.
  return typeof message === 'string' ? message : exception.message;
}
