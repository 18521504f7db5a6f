import { toIcebergError } from './iceberg-error.filter';

const get = { method: 'GET', originalUrl: '/v1/namespaces/sales/tables/orders' };
const commit = { method: 'POST', originalUrl: '/v1/namespaces/sales/tables/orders' };

describe('toIcebergError', () => {
  it('names the Iceberg exception type of each platform and catalog error', () => {
    expect(toIcebergError({ status: 404, code: 'no_such_table', message: 'm' }, get)).toEqual({
      error: { message: 'm', type: 'NoSuchTableException', code: 404 },
    });
    expect(toIcebergError({ status: 409, code: 'commit_failed', message: 'm' }, commit).error.type).toBe(
      'CommitFailedException',
    );
    expect(toIcebergError({ status: 403, code: 'forbidden', message: 'm' }, get).error.type).toBe('ForbiddenException');
    expect(toIcebergError({ status: 400, code: 'invalid_input', message: 'm' }, get).error.type).toBe(
      'BadRequestException',
    );
  });

  it('reports a failed commit as of unknown outcome, and other 500s as internal errors', () => {
    expect(toIcebergError({ status: 500, code: 'internal', message: 'm' }, commit).error.type).toBe(
      'CommitStateUnknownException',
    );
    expect(
      toIcebergError(
        { status: 500, code: 'internal', message: 'm' },
        { method: 'POST', originalUrl: '/v1/transactions/commit' },
      ).error.type,
    ).toBe('CommitStateUnknownException');
    expect(toIcebergError({ status: 500, code: 'internal', message: 'm' }, get).error.type).toBe('InternalServerError');
  });
});
