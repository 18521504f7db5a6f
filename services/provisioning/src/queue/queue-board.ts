import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import {
  ApiError,
  AUTHENTICATOR,
  AuthError,
  hasRole,
  missingRight,
  tokenFromAuthorization,
  type Authenticator,
} from '@mesh/platform';
import type { Express, NextFunction, Request, Response } from 'express';
import { ProvisioningQueue } from './provisioning-queue';

/** Where the board is served. */
export const BOARD_PATH = '/admin/queues';

/**
 * The BullMQ board (bull-board) over provisioning's queue, for platform admins: jobs by state, their data,
 * attempts, progress and failures, with retry and clean actions. Browsers reach it with HTTP Basic (any user name,
 * the token as password), API clients with a bearer token. It is plain Express, mounted before Nest's not-found
 * handler (hence at module init), with the same authenticator as the guarded routes.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly queue: ProvisioningQueue,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter().setBasePath(BOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.queue.queue)],
      // @bull-board/express 9.10.1 (its latest) brings its own copy of @bull-board/api 9.10.1, whose declarations
      // TypeScript does not unify with the 9.10.2 used here; the adapter interface is the same in both.
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    });
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    app.use(
      BOARD_PATH,
      (request: Request, response: Response, next: NextFunction) => void this.authorize(request, response, next),
      serverAdapter.getRouter() as Express,
    );
  }

  private async authorize(request: Request, response: Response, next: NextFunction): Promise<void> {
    try {
      const token = tokenFromAuthorization(request.headers.authorization);
      const principal = token === undefined ? null : await this.authenticator.authenticate(token);
      if (principal === null) throw new AuthError('unauthenticated', 'the queue board needs a platform admin token');
      if (!hasRole(principal, 'platform-admin')) throw missingRight('platform-admin');
      next();
    } catch (error) {
      if (!(error instanceof ApiError)) {
        next(error);
        return;
      }
      if (error.status === 401) response.setHeader('WWW-Authenticate', 'Basic realm="provisioning queues"');
      response.status(error.status).json({ error: { status: error.status, code: error.code, message: error.message } });
    }
  }
}
