import { parseAvroSchema } from './avro-schema';
import {
  COMPATIBILITY_LEVELS,
  CompatibilityLevel,
  compatibilityProblems,
  isCompatibilityLevel,
  SchemaVersion,
} from './compatibility';

type Field = { name: string; type: string; default?: string };

const record = (...fields: Field[]) => JSON.stringify({ type: 'record', name: 'Order', fields });
const history = (...schemas: string[]): SchemaVersion[] => schemas.map((schema, i) => ({ version: i + 1, schema }));
const problems = (candidate: string, earlier: SchemaVersion[], level: CompatibilityLevel) =>
  compatibilityProblems(parseAvroSchema(candidate).type, earlier, level);

const id: Field = { name: 'id', type: 'string' };
const note: Field = { name: 'note', type: 'string' };
const noteWithDefault: Field = { ...note, default: '' };

describe('compatibilityProblems', () => {
  // Adding a field without a default: the new schema cannot read old data (not BACKWARD), the old one ignores the
  // field (FORWARD). Removing one: the reverse.
  it.each<[CompatibilityLevel, boolean, boolean]>([
    ['NONE', true, true],
    ['BACKWARD', false, true],
    ['BACKWARD_TRANSITIVE', false, true],
    ['FORWARD', true, false],
    ['FORWARD_TRANSITIVE', true, false],
    ['FULL', false, false],
    ['FULL_TRANSITIVE', false, false],
  ])('%s: adding a required field allowed: %s, removing one allowed: %s', (level, addAllowed, removeAllowed) => {
    expect(problems(record(id, note), history(record(id)), level)).toHaveLength(addAllowed ? 0 : 1);
    expect(problems(record(id), history(record(id, note)), level)).toHaveLength(removeAllowed ? 0 : 1);
  });

  it('allows a field with a default to be added and removed under every level', () => {
    for (const level of COMPATIBILITY_LEVELS) {
      expect(problems(record(id, noteWithDefault), history(record(id)), level)).toEqual([]);
      expect(problems(record(id), history(record(id, noteWithDefault)), level)).toEqual([]);
    }
  });

  // v1 lacks `note`, v2 has it with a default; the candidate makes it required. Only v1 cannot be read by it.
  it.each<[CompatibilityLevel, number]>([
    ['BACKWARD', 0],
    ['BACKWARD_TRANSITIVE', 1],
    ['FULL', 0],
    ['FULL_TRANSITIVE', 1],
  ])('%s compares with the latest version only, or with all when transitive (%d problems)', (level, count) => {
    expect(problems(record(id, note), history(record(id), record(id, noteWithDefault)), level)).toHaveLength(count);
  });

  // v1 requires `note`, v2 gives it a default; the candidate drops it. Only v1 cannot read the candidate's data.
  it.each<[CompatibilityLevel, number]>([
    ['FORWARD', 0],
    ['FORWARD_TRANSITIVE', 1],
  ])('%s compares with the latest version only, or with all when transitive (%d problems)', (level, count) => {
    expect(problems(record(id), history(record(id, note), record(id, noteWithDefault)), level)).toHaveLength(count);
  });

  it('names the version, the direction and the resolver’s reason', () => {
    expect(problems(record({ name: 'id', type: 'int' }), history(record(id)), 'FULL')).toEqual([
      'the new schema cannot read data written with version 1 (FULL): cannot read "string" as "int"',
      'version 1 cannot read data written with the new schema (FULL): cannot read "int" as "string"',
    ]);
  });

  it('finds nothing to compare with in an empty subject', () => {
    expect(problems(record(id), [], 'FULL_TRANSITIVE')).toEqual([]);
  });
});

describe('isCompatibilityLevel', () => {
  it('knows exactly the Confluent levels', () => {
    expect(COMPATIBILITY_LEVELS.every(isCompatibilityLevel)).toBe(true);
    expect(isCompatibilityLevel('backward')).toBe(false);
    expect(isCompatibilityLevel('FULLY')).toBe(false);
  });
});
