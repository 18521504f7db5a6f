import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';

const UNAUDITED = 'mesh:unaudited';

/**
 * Marks a POST route that changes nothing (a dry-run evaluation, a client's scan metrics), so that its successful
 * calls stay out of the audit log. Refused calls are recorded all the same: the guard refuses before this mark is
 * read, and an attempt without the right is what an auditor looks for.
 */
export const Unaudited = (): MethodDecorator => SetMetadata(UNAUDITED, true);

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
    if (context.getType() === 'http' && this.reflector.get<boolean>(UNAUDITED, context.getHandler()) === true) {
      unauditedRequests.add(context.switchToHttp().getRequest<object>());
    }
    return next.handle();
  }
}
