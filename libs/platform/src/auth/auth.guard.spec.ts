import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../metrics/metrics';
import { AuthError } from './auth-error';
import { Public, type RouteAccess } from './auth.decorators';
import { AuthGuard, type Authenticator, type RoutePolicy } from './auth.guard';
import type { AuthenticatedPrincipal } from './principal';
import { principalOf } from './request-principal';
import { generateToken } from './token';

class ItemsController {
  list(): void {}

  @Public()
  open(): void {}
}

@Public()
class OpenController {
  any(): void {}
}

const alice: AuthenticatedPrincipal = { id: 'p1', name: 'alice', kind: 'user', roles: [{ role: 'consumer' }] };
const aliceToken = generateToken();

function request(controller: object, handler: () => void, authorization?: string, type = 'http') {
  const req = { headers: authorization === undefined ? {} : { authorization } };
  const responseHeaders: Record<string, string> = {};
  const context = {
    getType: () => type,
    getClass: () => controller,
    getHandler: () => handler,
    switchToHttp: () => ({
      getRequest: () => req,
      getResponse: () => ({ setHeader: (name: string, value: string) => (responseHeaders[name] = value) }),
    }),
  } as unknown as ExecutionContext;
  return { req, responseHeaders, context };
}

describe('AuthGuard', () => {
  const authenticate = jest.fn(async (token: string) => (token === aliceToken ? alice : null));
  const authenticator: Authenticator = { authenticate };
  const guard = (policy?: RoutePolicy) => new AuthGuard(new Reflector(), authenticator, policy);

  beforeEach(() => authenticate.mockClear());

  const refusal = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error;
    }
    throw new Error('expected a refusal');
  };

  it('lets anyone reach public routes and the platform’s own, without looking at credentials', async () => {
    for (const [controller, handler] of [
      [ItemsController, ItemsController.prototype.open],
      [OpenController, OpenController.prototype.any],
      [HealthController, HealthController.prototype.live],
      [MetricsController, MetricsController.prototype.scrape],
    ] as const) {
      await expect(guard().canActivate(request(controller, handler, 'Garbage').context)).resolves.toBe(true);
    }
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('attaches the principal of a valid bearer or Basic token', async () => {
    for (const authorization of [
      `Bearer ${aliceToken}`,
      `Basic ${Buffer.from(`x:${aliceToken}`).toString('base64')}`,
    ]) {
      const { req, context } = request(ItemsController, ItemsController.prototype.list, authorization);
      await expect(guard().canActivate(context)).resolves.toBe(true);
      expect(principalOf(req)).toEqual(alice);
    }
  });

  it.each([
    ['no token', undefined, 'a bearer token is required'],
    ['an unknown token', `Bearer ${generateToken()}`, 'the token is invalid, expired or revoked'],
    ['something that is not a token', 'Bearer hunter2', 'the token is invalid, expired or revoked'],
  ])('refuses %s with a 401 that asks for a bearer token', async (_case, authorization, message) => {
    const { req, responseHeaders, context } = request(ItemsController, ItemsController.prototype.list, authorization);
    const error = await refusal(guard().canActivate(context));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 401, message });
    expect(responseHeaders['WWW-Authenticate']).toBe('Bearer');
    expect(principalOf(req)).toBeUndefined();
  });

  it('asks the authenticator only about strings shaped like tokens', async () => {
    await refusal(guard().canActivate(request(ItemsController, ItemsController.prototype.list, 'Bearer x').context));
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('refuses transports it does not protect rather than letting them through', async () => {
    const { context } = request(ItemsController, ItemsController.prototype.list, undefined, 'rpc');
    await expect(guard().canActivate(context)).rejects.toThrow(/HTTP/);
  });

  describe('with a route policy', () => {
    const policy = (access: RouteAccess | undefined, refuse = false) => ({
      accessTo: jest.fn(() => access),
      authorize: jest.fn(async () => {
        if (refuse) throw new AuthError('forbidden', 'missing right: something');
      }),
    });

    it('lets an optional route serve anonymous callers, and still refuses bad credentials', async () => {
      const optional = policy('optional');
      await expect(
        guard(optional).canActivate(request(ItemsController, ItemsController.prototype.list).context),
      ).resolves.toBe(true);
      expect(optional.authorize).toHaveBeenCalledWith(expect.anything(), undefined);

      const bad = request(ItemsController, ItemsController.prototype.list, `Bearer ${generateToken()}`);
      expect(await refusal(guard(optional).canActivate(bad.context))).toMatchObject({ status: 401 });
    });

    it('authorizes governed routes with the principal, and passes on a refusal', async () => {
      const refusing = policy('required', true);
      const { context } = request(ItemsController, ItemsController.prototype.list, `Bearer ${aliceToken}`);
      expect(await refusal(guard(refusing).canActivate(context))).toMatchObject({ status: 403 });
      expect(refusing.authorize).toHaveBeenCalledWith(context, alice);
    });

    it('does not authorize public routes, and leaves decorated and ungoverned routes alone', async () => {
      const open = policy('public', true);
      await expect(
        guard(open).canActivate(request(ItemsController, ItemsController.prototype.list).context),
      ).resolves.toBe(true);
      expect(open.authorize).not.toHaveBeenCalled();

      const ungoverned = policy(undefined, true);
      const anonymous = request(ItemsController, ItemsController.prototype.list);
      expect(await refusal(guard(ungoverned).canActivate(anonymous.context))).toMatchObject({ status: 401 });
      const authenticated = request(ItemsController, ItemsController.prototype.list, `Bearer ${aliceToken}`);
      await expect(guard(ungoverned).canActivate(authenticated.context)).resolves.toBe(true);
      expect(ungoverned.authorize).not.toHaveBeenCalled();

      const decorated = policy('required', true);
      await expect(
        guard(decorated).canActivate(request(OpenController, OpenController.prototype.any).context),
      ).resolves.toBe(true);
      expect(decorated.accessTo).not.toHaveBeenCalled();
    });
  });
});
