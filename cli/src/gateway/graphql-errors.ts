/** An entry of a GraphQL answer's `errors`, as the gateway shapes it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** `message (code, at /pointer)`: what the gateway said, with the code and the JSON pointer a script can act on. */
export function describeGraphQLError(error: GraphQLErrorEntry): string {
  const extensions = error.extensions ?? {};
  const notes = [
    typeof extensions.code === 'string' ? extensions.code : undefined,
    typeof extensions.pointer === 'string' && extensions.pointer !== '' ? `at ${extensions.pointer}` : undefined,
  ].filter((note): note is string => note !== undefined);
  return notes.length === 0 ? error.message : `${error.message} (${notes.join(', ')})`;
}

/** Every error on one line. */
export function describeGraphQLErrors(errors: readonly GraphQLErrorEntry[]): string {
  return errors.map(describeGraphQLError).join('; ');
}

export function isUnauthenticated(errors: readonly GraphQLErrorEntry[]): boolean {
  return errors.some((error) => error.extensions?.code === 'unauthenticated');
}
