import { z } from 'zod';

/** One problem with a request, located by a JSON pointer (RFC 6901) into the input. */
export interface ProblemDetail {
  pointer: string;
  message: string;
}

/**
 * An error a client can act on. Each bounded context derives its own family with
 * `errorFamily`, so its codes are an enum and each code maps to exactly one status.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ProblemDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Declares a context's error codes with their HTTP status. The record type makes the
 * mapping exhaustive: adding a code without a status does not compile.
 */
export function errorFamily<Code extends string>(family: string, statuses: Record<Code, number>) {
  return class extends ApiError {
    constructor(code: Code, message: string, details: readonly ProblemDetail[] = []) {
      super(statuses[code], code, message, details);
      this.name = family;
    }
  };
}

export function toPointer(path: readonly (string | number)[]): string {
  return '/' + path.map((part) => String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** One detail per problem; an unknown field is located at the field itself, not at its parent. */
function problemsOf(issue: z.ZodIssue): ProblemDetail[] {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return issue.keys.map((key) => ({ pointer: toPointer([...issue.path, key]), message: `unknown field '${key}'` }));
  }
  return [{ pointer: toPointer(issue.path), message: issue.message }];
}

/** Parses input with a zod schema; on failure a 400 naming every bad field by pointer. */
export function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown, what = 'request body'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.flatMap(problemsOf);
  throw new ApiError(
    400,
    'invalid_input',
    `invalid ${what}: ${details.map((d) => `${d.pointer} ${d.message}`).join('; ')}`,
    details,
  );
}
