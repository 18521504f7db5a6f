import type { CombinedError } from 'urql';

export interface ServiceProblem {
  message: string;
  /** The mesh service that did not answer or refused, when the gateway says which. */
  service?: string;
  code?: string;
}

/**
 * The problems of the fields under `path` (e.g. ['product', 'quality']): the gateway answers the rest of a query
 * when one service is down, so each part of a page shows only its own errors. Without a path, every problem.
 */
export function problemsAt(error: CombinedError | undefined, ...path: string[]): ServiceProblem[] {
  if (error === undefined) return [];
  if (error.networkError !== undefined && error.graphQLErrors.length === 0) {
    return [{ message: 'The gateway cannot be reached.', service: 'gateway', code: 'network' }];
  }
  return error.graphQLErrors
    .filter((problem) => path.every((name, index) => problem.path?.[index] === name))
    .map((problem) => ({
      message: problem.message,
      service: stringOrUndefined(problem.extensions.service),
      code: stringOrUndefined(problem.extensions.code),
    }));
}

/** Whether the token was refused: the app then asks to sign in again. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return (
    error?.response?.status === 401 || (error?.graphQLErrors ?? []).some((e) => e.extensions.code === 'unauthenticated')
  );
}

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);
