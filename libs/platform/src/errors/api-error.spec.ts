import { z } from 'zod';
import { ApiError, errorFamily, parseInput, toPointer } from './api-error';

describe('api errors', () => {
  it('escapes JSON pointer segments', () => {
    expect(toPointer(['spec', 'ports', 0, 'a/b~c'])).toBe('/spec/ports/0/a~1b~0c');
  });

  it('reports every invalid field with its pointer', () => {
    const schema = z.object({ name: z.string().min(1), ports: z.array(z.object({ type: z.enum(['iceberg']) })) });
    try {
      parseInput(schema, { name: '', ports: [{ type: 'ftp' }] });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.status).toBe(400);
      expect(apiError.details.map((d) => d.pointer)).toEqual(['/name', '/ports/0/type']);
    }
  });

  it('locates each unknown field at its own pointer', () => {
    const schema = z.object({ spec: z.object({ name: z.string() }).strict() }).strict();
    try {
      parseInput(schema, { spec: { name: 'a', colour: 'red' }, extra: 1 });
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as ApiError).details).toEqual([
        { pointer: '/spec/colour', message: "unknown field 'colour'" },
        { pointer: '/extra', message: "unknown field 'extra'" },
      ]);
    }
  });

  it('maps a family code to its status', () => {
    const RegistryError = errorFamily('RegistryError', { not_found: 404, conflict: 409 });
    const error = new RegistryError('conflict', 'version exists');
    expect(error.status).toBe(409);
    expect(error.code).toBe('conflict');
    expect(error.name).toBe('RegistryError');
  });
});
