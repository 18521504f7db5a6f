import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { runWithContext } from './request-context';

const REQUEST_ID = 'x-request-id';
const CORRELATION_ID = 'x-correlation-id';

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  // Ids from outside are echoed into logs: keep them short and printable.
  return first && /^[\w.:-]{1,128}$/.test(first) ? first : undefined;
}

/**
 * Express middleware: assigns the request id (or keeps the caller's), propagates the
 * correlation id, echoes both as response headers, logs one line per request, and runs
 * the rest of the request inside a context so every log line carries the ids.
 */
export function httpLogging(logger: Logger) {
  const log = pinoHttp({
    logger,
    genReqId: (request) => headerValue(request, REQUEST_ID) ?? randomUUID(),
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (request) => ['/health', '/ready', '/metrics'].includes(request.url ?? '') },
  });
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    log(request, response);
    const requestId = String(request.id);
    const correlationId = headerValue(request, CORRELATION_ID) ?? requestId;
    response.setHeader(REQUEST_ID, requestId);
    response.setHeader(CORRELATION_ID, correlationId);
    runWithContext({ requestId, correlationId }, next);
  };
}
