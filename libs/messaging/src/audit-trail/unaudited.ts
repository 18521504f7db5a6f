import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

const UNAUDITED = 'mesh:unaudited';

/** Which calls of a route change nothing, judged on the request (its body is parsed by then). */
export type UnauditedWhen = (request: Request) => boolean;

/**
 * Marks a POST route that changes nothing (a dry-run evaluation, a client's scan metrics), so that its successful
 * calls stay out of the audit log; with `when`, only the calls it picks (the S3 signer's reads, and not the
 * signatures that let a client change the store). Refused calls (401, 403) are recorded all the same, whether the
 * guard or the handler refuses: an attempt without the right is what an auditor looks for.
 */
export const Unaudited = (when: UnauditedWhen = () => true): MethodDecorator => SetMetadata(UNAUDITED, when);

/** Requests whose handler is marked `@Unaudited()`; kept beside the request so nothing else can set it. */
const unauditedRequests = new WeakSet<object>();

export function isUnaudited(request: object): boolean {
  return unauditedRequests.has(request);
}

/** Reads the `@Unaudited()` mark of the handler a request reached; runs after the guards, before the handler. */
@Injectable()
export class UnauditedMarker implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const when = this.reflector.get<UnauditedWhen | undefined>(UNAUDITED, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    if (when?.(request) === true) unauditedRequests.add(request);
    return next.handle();
  }
}
