import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { GatewayMetrics } from './gateway-metrics';
import { queryLimitErrors, type QueryLimits } from './limits';

/** Refuses an operation over the depth or cost limit before any resolver runs. */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const errors = queryLimitErrors(schema, document, operationName, request.variables, limits);
          if (errors.length > 0) throw errors[0];
        },
      };
    },
  };
}

/** Per-operation latency and outcome, by operation name. */
export function operationMetricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          metrics.operationDuration.observe(
            {
              operation: metrics.operationLabel(operationName),
              type: operation?.operation ?? 'invalid',
              outcome: errors === undefined || errors.length === 0 ? 'ok' : 'errors',
            },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}

/**
 * What a client sees of an error. Errors the gateway or a service meant for the client pass as they are (code,
 * service, JSON pointers); anything else is a bug, logged with an error id and shown only as that id, so no
 * internal detail leaks.
 */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== 'INTERNAL_SERVER_ERROR' && code !== undefined) return withoutHttp(formatted);
    const errorId = randomUUID();
    logger.error({ err: (error as { originalError?: unknown }).originalError ?? error, errorId }, 'resolver failed');
    return { message: `internal error ${errorId}`, path: formatted.path, extensions: { code: 'internal', errorId } };
  };
}

/** `extensions.http` tells Apollo the HTTP status; clients need not see it. */
function withoutHttp(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.http === undefined) return formatted;
  const extensions = Object.fromEntries(Object.entries(formatted.extensions).filter(([key]) => key !== 'http'));
  return { ...formatted, extensions };
}
