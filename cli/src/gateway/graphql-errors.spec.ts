import { describeGraphQLError, describeGraphQLErrors, isUnauthenticated } from './graphql-errors';

describe('GraphQL errors in one line', () => {
  it('adds the code and the JSON pointer to the message', () => {
    expect(
      describeGraphQLError({
        message: 'invalid descriptor',
        extensions: { code: 'invalid_descriptor', pointer: '/metadata/version', service: 'registry' },
      }),
    ).toBe('invalid descriptor (invalid_descriptor, at /metadata/version)');
    expect(describeGraphQLError({ message: 'boom' })).toBe('boom');
  });

  it('joins several errors', () => {
    expect(describeGraphQLErrors([{ message: 'a', extensions: { code: 'x' } }, { message: 'b' }])).toBe('a (x); b');
  });

  it('recognises a refused token', () => {
    expect(isUnauthenticated([{ message: 'the token is invalid', extensions: { code: 'unauthenticated' } }])).toBe(
      true,
    );
    expect(isUnauthenticated([{ message: 'forbidden', extensions: { code: 'forbidden' } }])).toBe(false);
  });
});
