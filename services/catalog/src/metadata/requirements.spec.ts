import { applyUpdates } from './apply-updates';
import { checkRequirements } from './requirements';
import { sampleTable, snapshot } from './test-metadata';

const table = applyUpdates(
  sampleTable(),
  [
    { action: 'add-snapshot', snapshot: snapshot(7n, 1) },
    { action: 'set-snapshot-ref', 'ref-name': 'main', type: 'branch', 'snapshot-id': 7n },
  ],
  { now: 1, checkLocation: () => undefined },
);

describe('checkRequirements', () => {
  it('passes when every requirement holds', () => {
    expect(() =>
      checkRequirements(table, [
        { type: 'assert-table-uuid', uuid: table['table-uuid'].toUpperCase() },
        { type: 'assert-ref-snapshot-id', ref: 'main', 'snapshot-id': 7n },
        { type: 'assert-ref-snapshot-id', ref: 'audit', 'snapshot-id': null },
        { type: 'assert-last-assigned-field-id', 'last-assigned-field-id': 2 },
        { type: 'assert-current-schema-id', 'current-schema-id': 0 },
        { type: 'assert-last-assigned-partition-id', 'last-assigned-partition-id': 999 },
        { type: 'assert-default-spec-id', 'default-spec-id': 0 },
        { type: 'assert-default-sort-order-id', 'default-sort-order-id': 0 },
      ]),
    ).not.toThrow();
    expect(() => checkRequirements(null, [{ type: 'assert-create' }])).not.toThrow();
  });

  it.each([
    ['table already exists', { type: 'assert-create' as const }],
    ['table uuid does not match', { type: 'assert-table-uuid' as const, uuid: 'other' }],
    ["ref 'main' has changed", { type: 'assert-ref-snapshot-id' as const, ref: 'main', 'snapshot-id': 6n }],
    [
      "ref 'main' was created concurrently",
      { type: 'assert-ref-snapshot-id' as const, ref: 'main', 'snapshot-id': null },
    ],
    ["ref 'dev' is missing", { type: 'assert-ref-snapshot-id' as const, ref: 'dev', 'snapshot-id': 7n }],
    ['last assigned field id', { type: 'assert-last-assigned-field-id' as const, 'last-assigned-field-id': 1 }],
    ['current schema id', { type: 'assert-current-schema-id' as const, 'current-schema-id': 3 }],
    ['partition id', { type: 'assert-last-assigned-partition-id' as const, 'last-assigned-partition-id': 1000 }],
    ['default partition spec id', { type: 'assert-default-spec-id' as const, 'default-spec-id': 1 }],
    ['default sort order id', { type: 'assert-default-sort-order-id' as const, 'default-sort-order-id': 1 }],
  ])('fails with a 409 CommitFailed: %s', (message, requirement) => {
    expect(() => checkRequirements(table, [requirement])).toThrow(expect.objectContaining({ status: 409 }));
    expect(() => checkRequirements(table, [requirement])).toThrow(message);
  });

  it('fails any requirement but assert-create on a missing table', () => {
    expect(() => checkRequirements(null, [{ type: 'assert-current-schema-id', 'current-schema-id': 0 }])).toThrow(
      'Requirement failed: assert-current-schema-id: the table does not exist',
    );
  });
});
