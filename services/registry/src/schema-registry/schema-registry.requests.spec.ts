import { SchemaRegistryError } from './schema-registry.errors';
import {
  parseCompatibilityBody,
  parseFlag,
  parseSchemaBody,
  parseSchemaId,
  parseSubject,
  parseVersion,
} from './schema-registry.requests';

/** The Confluent error code and message of what `parse` throws. */
function failure(parse: () => unknown): { status: number; errorCode?: number; message: string } {
  try {
    parse();
  } catch (error) {
    const { status, message } = error as SchemaRegistryError;
    return { status, errorCode: error instanceof SchemaRegistryError ? error.errorCode : undefined, message };
  }
  throw new Error('expected a failure');
}

describe('Schema Registry request parsing', () => {
  it('reads versions, with latest and -1 meaning the newest', () => {
    expect(parseVersion('7')).toBe(7);
    expect(parseVersion('latest')).toBe('latest');
    expect(parseVersion('-1')).toBe('latest');
  });

  it.each(['0', '-2', '1.5', 'abc', '2147483648', '', '99999999999'])('refuses version %p with 42202', (raw) => {
    expect(failure(() => parseVersion(raw))).toMatchObject({ status: 422, errorCode: 42202 });
  });

  it('reads schema ids and refuses malformed ones naming the id', () => {
    expect(parseSchemaId('42')).toBe(42);
    expect(failure(() => parseSchemaId('4x'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/schema id/),
    });
    expect(failure(() => parseSchemaId('0'))).toMatchObject({ status: 400 });
  });

  it('refuses subjects with control characters, or too long for an index', () => {
    expect(failure(() => parseSubject('é'.repeat(501)))).toMatchObject({ status: 400 });
    expect(parseSubject('orders-value')).toBe('orders-value');
    expect(failure(() => parseSubject('bad\nsubject'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/subject/),
    });
  });

  it('reads a schema body, ignoring fields it does not know', () => {
    expect(parseSchemaBody({ schema: '"string"', schemaType: 'AVRO', metadata: {} })).toEqual({
      schema: '"string"',
      schemaType: 'AVRO',
    });
  });

  it.each([
    [undefined, '/ a JSON body is required'],
    [[], '/ Expected object, received array'],
    [{}, '/schema is required'],
    [{ schema: 5 }, '/schema Expected string, received number'],
    [{ schema: '' }, '/schema must not be empty'],
    [{ schema: '"string"', references: {} }, '/references Expected array'],
  ])('refuses the schema body %p naming the field', (body, message) => {
    expect(failure(() => parseSchemaBody(body))).toMatchObject({
      status: 400,
      message: expect.stringContaining(message),
    });
  });

  it('reads compatibility levels, refusing unknown ones with 42203', () => {
    expect(parseCompatibilityBody({ compatibility: 'FULL_TRANSITIVE' })).toBe('FULL_TRANSITIVE');
    expect(failure(() => parseCompatibilityBody({ compatibility: 'full' }))).toMatchObject({
      status: 422,
      errorCode: 42203,
      message: expect.stringContaining('/compatibility'),
    });
    expect(failure(() => parseCompatibilityBody({}))).toMatchObject({
      status: 400,
      message: expect.stringContaining('/compatibility is required'),
    });
  });

  it('reads boolean query flags', () => {
    expect(parseFlag('defaultToGlobal', undefined)).toBe(false);
    expect(parseFlag('defaultToGlobal', 'true')).toBe(true);
    expect(failure(() => parseFlag('defaultToGlobal', 'yes'))).toMatchObject({
      status: 400,
      message: expect.stringContaining('defaultToGlobal'),
    });
  });
});
