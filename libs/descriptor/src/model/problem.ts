import type { ProblemDetail } from '@mesh/platform';

// The platform's shape (a JSON pointer into the input and a message), imported as a type
// only so that this lib never loads NestJS at run time.
export type { ProblemDetail };

/** A value that passed validation, or every problem found with it. */
export type Checked<Key extends string, T> =
  ({ ok: true } & { [K in Key]: T }) | { ok: false; problems: ProblemDetail[] };
