import { uniqueName } from '@mesh/testing';
import { call, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

/** A schema of its own per n; any of them can follow any other under BACKWARD (the extra field has a default). */
const schema = (n: number) =>
  JSON.stringify({
    type: 'record',
    name: 'Reading',
    fields: [
      { name: 'id', type: 'string' },
      { name: `extra${n}`, type: 'int', default: n },
    ],
  });

describe('concurrent registrations', () => {
  let registry: RegistryUnderTest;
  const url = (path: string) => `${registry.schemaRegistryUrl}${path}`;
  const register = (subject: string, text: string) =>
    call<{ id: number }>('POST', url(`/subjects/${subject}/versions`), { schema: text });

  beforeAll(async () => {
    registry = await startRegistry('concurrency');
  });

  afterAll(async () => {
    await registry?.remove();
  });

  it('give ten different schemas of one subject the versions 1 to 10, each once', async () => {
    const subject = uniqueName('it-readings-value');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, n) => register(subject, schema(n))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    const ids = answers.map((answer) => answer.body.id);
    expect(new Set(ids).size).toBe(10);

    expect((await call('GET', url(`/subjects/${subject}/versions`))).body).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const versions = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call<{ id: number }>('GET', url(`/subjects/${subject}/versions/${i + 1}`))),
    );
    expect(versions.map((version) => version.body.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('give one schema registered ten times at once one version', async () => {
    const subject = uniqueName('it-readings-value');
    const text = schema(100);
    const answers = await Promise.all(Array.from({ length: 10 }, () => register(subject, text)));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect((await call('GET', url(`/subjects/${subject}/versions`))).body).toEqual([1]);
  });

  it('give one schema registered under ten subjects at once one id', async () => {
    const text = schema(200);
    const subjects = Array.from({ length: 10 }, () => uniqueName('it-shared-value'));
    const answers = await Promise.all(subjects.map((subject) => register(subject, text)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
  });
});
