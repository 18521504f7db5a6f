import { Inject, Injectable } from '@nestjs/common';
import {
  AuthError,
  CONFIG,
  IntrospectionAuthenticator,
  isTokenFormat,
  tokenFromAuthorization,
  type AuthenticatedPrincipal,
} from '@mesh/platform';
import { GraphQLError } from 'graphql';
import { ServiceClientsFactory } from '../clients/service-clients';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from './gateway-context';
import { Loaders } from './loaders';

/**
 * Authenticates callers and builds each operation's context. Tokens are checked through the registry's
 * introspection (cached 30 s, so a revoked token stops working within 30 s, as in every service). A subscriber's
 * token is checked again every TOKEN_RECHECK_INTERVAL_MS against a cache kept half as long, so that a revoked or
 * expired token closes its socket within 30 s.
 */
@Injectable()
export class ContextFactory {
  private readonly authenticator: IntrospectionAuthenticator;
  private readonly recheckAuthenticator: IntrospectionAuthenticator;

  constructor(
    @Inject(CONFIG) private readonly config: GatewayConfig,
    private readonly clients: ServiceClientsFactory,
  ) {
    this.authenticator = new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN);
    this.recheckAuthenticator = new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN, {
      activeTtlMs: 15_000,
    });
  }

  /** The context of an HTTP operation, from its Authorization header. */
  async forRequest(authorization: string | undefined): Promise<GatewayContext> {
    const token = this.tokenOf(authorization);
    const principal = await this.principalOf(token, this.authenticator);
    return this.contextFor(token, principal, AbortSignal.timeout(this.config.QUERY_TIMEOUT_MS));
  }

  /** Authenticates the token a subscriber sent in connection_init. */
  authenticateSubscriber(
    authorization: string | undefined,
  ): Promise<{ token: string; principal: AuthenticatedPrincipal }> {
    const token = this.tokenOf(authorization);
    return this.principalOf(token, this.authenticator).then((principal) => ({ token, principal }));
  }

  /** Whether a subscriber's token is still good (not revoked, not expired). */
  async stillValid(token: string): Promise<boolean> {
    return (await this.recheckAuthenticator.authenticate(token)) !== null;
  }

  /** The context of one subscription: its own deadline-free clients, for resolving fields of the events. */
  forSubscriber(token: string, principal: AuthenticatedPrincipal): GatewayContext {
    return this.contextFor(token, principal, new AbortController().signal);
  }

  private contextFor(token: string, principal: AuthenticatedPrincipal, deadline: AbortSignal): GatewayContext {
    const services = this.clients.forCaller(token, deadline);
    return { token, principal, services, loaders: new Loaders(services, principal.id) };
  }

  private tokenOf(authorization: string | undefined): string {
    let token: string | undefined;
    try {
      token = tokenFromAuthorization(authorization);
    } catch (error) {
      throw unauthenticated((error as AuthError).message);
    }
    if (token === undefined) throw unauthenticated('a bearer token is required: send Authorization: Bearer <token>');
    return token;
  }

  private async principalOf(token: string, authenticator: IntrospectionAuthenticator): Promise<AuthenticatedPrincipal> {
    let principal: AuthenticatedPrincipal | null;
    try {
      principal = isTokenFormat(token) ? await authenticator.authenticate(token) : null;
    } catch (error) {
      throw new GraphQLError(`tokens cannot be checked now: ${(error as Error).message}`, {
        extensions: { code: 'service_unavailable', service: 'registry', http: { status: 503 } },
      });
    }
    if (principal === null) throw unauthenticated('the token is invalid, expired or revoked');
    return principal;
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'unauthenticated', http: { status: 401 } } });
}
