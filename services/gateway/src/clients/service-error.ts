import { GraphQLError } from 'graphql';

/** The services the gateway composes, as they are named in errors, metrics and /ready. */
export const SERVICES = ['registry', 'governance', 'provisioning', 'quality', 'search', 'lineage'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The platform's error body: `{ error: { status, code, message, details: [{ pointer, message }], errorId } }`. */
interface PlatformErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown; errorId?: unknown };
}

export interface ServiceErrorDetail {
  pointer: string;
  message: string;
}

/**
 * A service refused or failed a call. The GraphQL error keeps the service's code, status and the JSON pointers of
 * its details in `extensions`, and names the service, so a client can act on it as it would on the REST answer.
 */
export function serviceRefusal(service: ServiceName, status: number, body: unknown): GraphQLError {
  const error = (typeof body === 'object' && body !== null ? (body as PlatformErrorBody).error : undefined) ?? {};
  const details = Array.isArray(error.details) ? (error.details as ServiceErrorDetail[]) : [];
  const code = typeof error.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error.message === 'string' ? error.message : `${service} answered ${status}`;
  return new GraphQLError(message, {
    extensions: {
      code,
      service,
      status,
      ...(details.length > 0 ? { pointer: details[0].pointer, details } : {}),
      ...(typeof error.errorId === 'string' ? { errorId: error.errorId } : {}),
    },
  });
}

/** A service could not be reached, or did not answer in time: the rest of the answer still comes back. */
export function serviceUnavailable(service: ServiceName, reason: string): GraphQLError {
  return new GraphQLError(`${service} is unavailable: ${reason}`, {
    extensions: { code: 'service_unavailable', service, status: 503 },
  });
}
