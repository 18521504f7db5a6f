import { BadRequestException } from '@nestjs/common';
import { ApiError } from '@mesh/platform';
import pino from 'pino';
import { ConfluentErrorFilter } from './confluent-error.filter';
import { SchemaRegistryError } from './schema-registry.errors';

describe('ConfluentErrorFilter', () => {
  const logged: string[] = [];
  const filter = new ConfluentErrorFilter(pino({}, { write: (line: string) => logged.push(line) }));

  it("answers the registry's errors with their Confluent code", () => {
    expect(filter.describe(new SchemaRegistryError('schema_not_found', 'Schema 9 not found'))).toEqual({
      status: 404,
      body: { error_code: 40403, message: 'Schema 9 not found' },
    });
  });

  it('answers other client errors with their status as the code', () => {
    expect(filter.describe(new ApiError(400, 'invalid_input', 'invalid request body: /schema is required'))).toEqual({
      status: 400,
      body: { error_code: 400, message: 'invalid request body: /schema is required' },
    });
    expect(filter.describe(new BadRequestException('Unexpected token'))).toMatchObject({
      status: 400,
      body: { error_code: 400 },
    });
  });

  it('answers anything unexpected with 500, code 50001 and the id of the logged error, without internals', () => {
    const { status, body } = filter.describe(new Error('connection refused to 10.0.0.5'));
    expect(status).toBe(500);
    expect(body.error_code).toBe(50001);
    expect(body.message).not.toContain('10.0.0.5');
    const errorId = /error id ([0-9a-f-]{36})/.exec(body.message)?.[1];
    expect(errorId).toBeDefined();
    expect(logged.some((line) => line.includes(errorId ?? '') && line.includes('connection refused'))).toBe(true);
  });
});
