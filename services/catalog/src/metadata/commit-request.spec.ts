import { parseInput } from '@mesh/platform';
import { parseJson } from '../http/lossless-json';
import { commitTableRequestSchema, commitTransactionRequestSchema } from './commit-request';

describe('commit requests', () => {
  it('names an unknown update or requirement by its pointer', () => {
    const body = { requirements: [{ type: 'assert-bogus' }], updates: [] };
    expect(() => parseInput(commitTableRequestSchema, body)).toThrow('/requirements/0/type');
    const updates = { updates: [{ action: 'set-properties', updates: {} }, { action: 'drop-everything' }] };
    expect(() => parseInput(commitTableRequestSchema, updates)).toThrow('/updates/1/action');
  });

  it('names a malformed field of an update', () => {
    const body = { updates: [{ action: 'set-snapshot-ref', 'ref-name': 'main', type: 'branch' }] };
    expect(() => parseInput(commitTableRequestSchema, body)).toThrow('/updates/0/snapshot-id');
  });

  it('reads 64-bit snapshot ids exactly', () => {
    const text =
      '{"updates":[{"action":"set-snapshot-ref","ref-name":"main","type":"branch","snapshot-id":9223372036854775807}]}';
    const parsed = parseInput(commitTableRequestSchema, parseJson(text));
    expect(parsed.updates[0]).toMatchObject({ 'snapshot-id': 9223372036854775807n });
    expect(parsed.requirements).toEqual([]);
  });

  it('needs an identifier and at least one change in a transaction', () => {
    expect(() => parseInput(commitTransactionRequestSchema, { 'table-changes': [] })).toThrow('/table-changes');
    expect(() => parseInput(commitTransactionRequestSchema, { 'table-changes': [{ updates: [] }] })).toThrow(
      '/table-changes/0/identifier',
    );
  });
});
