import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost, type GqlSubscriptionServiceOptions } from '@nestjs/graphql';
import { CONFIG, LOGGER } from '@mesh/platform';
import { parse, type DocumentNode } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { GatewayConfig } from '../config';
import { ContextFactory } from '../context/context-factory';
import type { GatewayContext } from '../context/gateway-context';
import { GatewayCoreModule } from '../gateway-core.module';
import { sharedSubscribe } from '../events/shared-execution';
import { SubscriberConnections, type SubscriberConnection } from '../events/subscriber-connections';
import { enumResolvers } from './enum-values';
import { GatewayMetrics } from './gateway-metrics';
import { errorFormatter, limitsPlugin, operationMetricsPlugin } from './gateway-plugins';
import { graphiqlLandingPage } from './landing-page';
import { queryLimitErrors, type QueryLimits } from './limits';
import { DateTimeScalar, JsonScalar } from './scalars';
import { SCHEMA_PATH, schemaFromFile } from './schema-file';

/** What graphql-ws keeps per socket; the gateway adds the authenticated connection. */
interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  connection?: SubscriberConnection;
}

interface ContextSource {
  req?: { headers: Record<string, string | string[] | undefined> };
  extra?: SocketExtra;
}

/** connection_init payload: `{ Authorization: "Bearer <token>" }` (as browsers cannot set socket headers). */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.Authorization ?? params?.authorization ?? params?.headers;
  if (typeof value === 'string') return value;
  const nested = (value as { Authorization?: unknown; authorization?: unknown } | undefined) ?? {};
  const header = nested.Authorization ?? nested.authorization;
  return typeof header === 'string' ? header : undefined;
}

function parsedOrNull(query: string): DocumentNode | null {
  try {
    return parse(query);
  } catch {
    return null;
  }
}

/**
 * GraphQL over HTTP and graphql-ws at /graphql: the committed schema, Apollo as the HTTP server, the query limits,
 * the metrics, the error shape, and the authentication of subscribers at connection_init.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [GatewayCoreModule],
      inject: [CONFIG, LOGGER, ContextFactory, SubscriberConnections, GatewayMetrics, GraphQLSchemaHost],
      useFactory: (
        config: GatewayConfig,
        logger: Logger,
        contexts: ContextFactory,
        connections: SubscriberConnections,
        metrics: GatewayMetrics,
        schemaHost: GraphQLSchemaHost,
      ): ApolloDriverConfig => {
        const limits: QueryLimits = {
          maxDepth: config.MAX_QUERY_DEPTH,
          maxCost: config.MAX_QUERY_COST,
          defaultPageSize: 20,
        };
        // Nest hands every key of this object to its graphql-ws server; `subscribe` answers each event once per
        // distinct operation instead of once per subscriber (src/events/shared-execution.ts).
        const subscriptions: ApolloDriverConfig['subscriptions'] & Pick<GqlSubscriptionServiceOptions, 'subscribe'> = {
          subscribe: sharedSubscribe(),

          'graphql-ws': {
            path: '/graphql',
            onConnect: async (ctx) => {
              const extra = ctx.extra as SocketExtra;
              try {
                const { token, principal } = await contexts.authenticateSubscriber(
                  authorizationOf(ctx.connectionParams),
                );
                extra.connection = { token, principal, socket: extra.socket };
                connections.add(extra.connection);
                return true;
              } catch {
                // graphql-ws closes the socket with 4403 Forbidden.
                return false;
              }
            },
            onClose: (ctx) => {
              const connection = (ctx.extra as SocketExtra).connection;
              if (connection !== undefined) connections.remove(connection);
            },
            onSubscribe: (_ctx, _id, payload) => {
              const document = parsedOrNull(payload.query);
              // graphql-ws reports a query that does not parse or validate itself.
              if (document === null) return undefined;
              const errors = queryLimitErrors(
                schemaHost.schema,
                document,
                payload.operationName,
                payload.variables,
                limits,
              );
              return errors.length > 0 ? errors : undefined;
            },
          },
        };
        return {
          typePaths: [SCHEMA_PATH],
          path: '/graphql',
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          resolvers: { DateTime: DateTimeScalar, JSON: JsonScalar, ...enumResolvers(schemaFromFile()) },
          plugins: [graphiqlLandingPage(), limitsPlugin(limits), operationMetricsPlugin(metrics)],
          formatError: errorFormatter(logger),
          context: async (source: ContextSource): Promise<GatewayContext> => {
            const connection = source.extra?.connection;
            if (connection !== undefined) {
              return { ...contexts.forSubscriber(connection.token, connection.principal), connection };
            }
            const header = source.req?.headers.authorization;
            return contexts.forRequest(Array.isArray(header) ? header[0] : header);
          },
          subscriptions,
        };
      },
    }),
  ],
})
export class GatewayGraphQLModule {}
