import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Hands a handler's error to the transport as it was thrown. Nest's default RPC filter replaces
 * every error with `{ status: 'error', message: 'Internal server error' }`, and the runner needs
 * the error itself: a NonRetryableError is dead-lettered at once, and a dead letter records the
 * error's text.
 */
@Catch()
export class HandlerErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
