import type { AvroField, AvroRecordSchema } from '../codegen/avro-schema';
import { buildContracts } from '../codegen/build-contracts';
import { compatibilityProblems, latestReleasedSchemas, releases } from '../codegen/compatibility';
import { readContractFiles } from '../codegen/contract-files';

const { events } = buildContracts(readContractFiles());
const released = latestReleasedSchemas();

describe('compatibility of contracts/ with contracts/released/', () => {
  it('has at least one release', () => {
    expect(releases().length).toBeGreaterThan(0);
  });

  it('still defines every released event type (consumers may still hold such events)', () => {
    const current = new Set(events.map((event) => event.type));
    expect([...released.keys()].filter((type) => !current.has(type))).toEqual([]);
  });

  // Event types added since the last release have nothing to be compatible with.
  it.each(events.filter((event) => released.has(event.type)).map((event) => [event.type, event] as const))(
    '%s is BACKWARD and FORWARD compatible with its latest release',
    (type, event) => {
      expect(compatibilityProblems(event.schema, released.get(type)?.schema ?? {})).toEqual([]);
    },
  );
});

describe('compatibilityProblems', () => {
  const base = events.find((event) => event.type === 'access.revoked')?.schema as AvroRecordSchema;
  const withPayloadFields = (change: (fields: AvroField[]) => AvroField[]): AvroRecordSchema => {
    const schema = structuredClone(base);
    const payload = schema.fields.find((field) => field.name === 'payload')?.type as AvroRecordSchema;
    payload.fields = change(payload.fields);
    return schema;
  };

  it('accepts an unchanged schema', () => {
    expect(compatibilityProblems(base, base)).toEqual([]);
  });

  it('accepts a new nullable field with a default', () => {
    const current = withPayloadFields((fields) => [
      ...fields,
      { name: 'ticket', type: ['null', 'string'], default: null, doc: 'Change ticket.' },
    ]);
    expect(compatibilityProblems(current, base)).toEqual([]);
  });

  it('catches a new field without a default (old events lack it)', () => {
    const current = withPayloadFields((fields) => [
      ...fields,
      { name: 'ticket', type: 'string', doc: 'Change ticket.' },
    ]);
    expect(compatibilityProblems(current, base)).toEqual([expect.stringMatching(/^not BACKWARD compatible/)]);
  });

  it('catches a removed field without a default (old consumers need it)', () => {
    const current = withPayloadFields((fields) => fields.filter((field) => field.name !== 'grant'));
    expect(compatibilityProblems(current, base)).toEqual([expect.stringMatching(/^not FORWARD compatible/)]);
  });

  it('catches a changed field type in both directions', () => {
    const current = withPayloadFields((fields) =>
      fields.map((field) => (field.name === 'reason' ? { ...field, type: ['null', 'int'] } : field)),
    );
    expect(compatibilityProblems(current, base)).toEqual([
      expect.stringMatching(/^not BACKWARD compatible/),
      expect.stringMatching(/^not FORWARD compatible/),
    ]);
  });

  it('catches a renamed record', () => {
    expect(compatibilityProblems({ ...base, name: 'AccessWithdrawn' }, base)).toHaveLength(2);
  });
});
