import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ApiError } from '../errors/api-error';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../metrics/metrics';
import { AuthError } from './auth-error';
import { ROUTE_ACCESS, type RouteAccess } from './auth.decorators';
import { tokenFromAuthorization } from './credentials';
import type { AuthenticatedPrincipal } from './principal';
import { attachPrincipal } from './request-principal';
import { isTokenFormat } from './token';

/** Turns a token into its principal, or null when the token is unknown, expired or revoked. */
export interface Authenticator {
  authenticate(token: string): Promise<AuthenticatedPrincipal | null>;
}

/**
 * Protects routes whose controllers a service cannot decorate, such as those of a module it mounts from
 * elsewhere. Routes with an auth decorator are left to the decorator.
 */
export interface RoutePolicy {
  /** The access of a route the policy governs, or undefined for a route it does not. */
  accessTo(context: ExecutionContext): RouteAccess | undefined;
  /**
   * Runs after authentication on every non-public route the policy governs, with the principal when the request
   * had credentials; throws an AuthError to refuse.
   */
  authorize(context: ExecutionContext, principal: AuthenticatedPrincipal | undefined): Promise<void>;
}

export const AUTHENTICATOR = 'mesh:authenticator';
export const ROUTE_POLICY = 'mesh:route-policy';

/**
 * /health, /ready and /metrics come from libs/platform and are public. /docs and /openapi.json are served by
 * Swagger outside Nest's router, so no guard ever sees them.
 */
const PLATFORM_CONTROLLERS: ReadonlySet<Type<unknown>> = new Set([HealthController, MetricsController]);

/**
 * The global guard of every service: a route needs a valid token unless it is public. The principal is attached
 * to the request for `@CurrentPrincipal()`; what it may do is checked by the code that serves the route, where the
 * data (a domain, a product) is known.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Optional() @Inject(ROUTE_POLICY) private readonly policy?: RoutePolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Failing closed: a transport this guard does not understand must not be served unauthenticated.
    if (context.getType() !== 'http') throw new Error(`AuthGuard protects HTTP routes, not ${context.getType()}`);
    const { access, policy } = this.ruleFor(context);
    if (access === 'public') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    try {
      const principal = await this.authenticate(request.headers.authorization, access === 'optional');
      if (principal !== undefined) attachPrincipal(request, principal);
      await policy?.authorize(context, principal);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      }
      throw error;
    }
  }

  private ruleFor(context: ExecutionContext): { access: RouteAccess; policy?: RoutePolicy } {
    if (PLATFORM_CONTROLLERS.has(context.getClass())) return { access: 'public' };
    const decorated = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (decorated !== undefined) return { access: decorated };
    const governed = this.policy?.accessTo(context);
    return governed === undefined ? { access: 'required' } : { access: governed, policy: this.policy };
  }

  private async authenticate(
    header: string | undefined,
    optional: boolean,
  ): Promise<AuthenticatedPrincipal | undefined> {
    const token = tokenFromAuthorization(header);
    if (token === undefined) {
      if (optional) return undefined;
      throw new AuthError('unauthenticated', 'a bearer token is required');
    }
    // Anything not shaped like a token is refused without asking the authenticator (a database or the registry).
    const principal = isTokenFormat(token) ? await this.authenticator.authenticate(token) : null;
    if (principal === null) throw new AuthError('unauthenticated', 'the token is invalid, expired or revoked');
    return principal;
  }
}
