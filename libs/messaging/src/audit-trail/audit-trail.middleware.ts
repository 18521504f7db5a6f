import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentContext, LOGGER, principalOf } from '@mesh/platform';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Outbox } from '../outbox/outbox';
import { isUnaudited } from './unaudited';
import { isWrite, writeRecorded } from './write-record';

export interface AuditTrailOptions {
  /** The service's name, as the audit log shows it. */
  service: string;
  /**
   * Record only refused attempts (401, 403): for the registry, which records each change it allows in the
   * transaction that makes it, with the subject before and after.
   */
  refusedOnly?: boolean;
}

export const AUDIT_TRAIL_OPTIONS = Symbol('AUDIT_TRAIL_OPTIONS');

const REFUSED = new Set([401, 403]);

/**
 * Records every write request a service answers, allowed or refused, as an `audit.write.recorded` event through the
 * outbox; the registry keeps the mesh's audit log from them. The entry is written once the answer has gone out, in a
 * transaction of its own: the status is known only then, and an audit failure must never fail the caller's write.
 * A process killed between the two loses the entry (logged here when the insert fails; the request log has the rest).
 */
@Injectable()
export class AuditTrailMiddleware implements NestMiddleware {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AUDIT_TRAIL_OPTIONS) private readonly options: AuditTrailOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  use(request: Request, response: Response, next: () => void): void {
    if (isWrite(request.method)) {
      const context = currentContext();
      response.once('finish', () => void this.record(request, response, context?.correlationId ?? null));
    }
    next();
  }

  private async record(request: Request, response: Response, correlationId: string | null): Promise<void> {
    // No route matched: nothing was written, and the 404 is in the request log.
    const route = (request.route as { path?: unknown } | undefined)?.path;
    if (typeof route !== 'string') return;
    const refused = REFUSED.has(response.statusCode);
    if (!refused && (isUnaudited(request) || this.options.refusedOnly === true)) return;
    const event = writeRecorded({
      service: this.options.service,
      method: request.method,
      route,
      path: request.originalUrl.split('?')[0] ?? request.originalUrl,
      params: request.params,
      status: response.statusCode,
      requestId: String(response.getHeader('x-request-id') ?? ''),
      correlationId,
      actor: principalOf(request)?.id ?? null,
    });
    try {
      await Outbox.add(this.dataSource.manager, event);
    } catch (error) {
      this.logger.error({ err: error, requestId: event.payload.requestId }, 'audit entry not written');
    }
  }
}
