import type { ContractFieldsFragment } from '../graphql/generated/graphql';

export type Contract = ContractFieldsFragment;
export type ChangeLevel = 'BREAKING' | 'MINOR' | 'PATCH';

export interface ContractChange {
  level: ChangeLevel;
  /** Where: `table` or `table.field`. */
  at: string;
  reason: string;
}

type Table = Contract['tables'][number];
type Field = Table['fields'][number];

const SENSITIVITY = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'];

/**
 * What changed from one version's contract to another's, as a consumer of the older one sees it: the rules of the
 * registry's semver check (libs/descriptor/src/compatibility), for the schema. Breaking changes first.
 */
export function diffContracts(previous: Contract, next: Contract): ContractChange[] {
  const changes: ContractChange[] = [];
  const before = new Map(previous.tables.map((table) => [table.name, table]));
  const after = new Map(next.tables.map((table) => [table.name, table]));
  for (const [name] of before) {
    if (!after.has(name)) changes.push(breaking(name, `table '${name}' removed: consumers reading it fail`));
  }
  for (const [name, table] of after) {
    const old = before.get(name);
    if (old === undefined) changes.push({ level: 'MINOR', at: name, reason: `table '${name}' added` });
    else changes.push(...diffTables(old, table));
  }
  const order: Record<ChangeLevel, number> = { BREAKING: 0, MINOR: 1, PATCH: 2 };
  return changes.sort((a, b) => order[a.level] - order[b.level] || a.at.localeCompare(b.at));
}

function diffTables(previous: Table, next: Table): ContractChange[] {
  const changes: ContractChange[] = [];
  const before = new Map(previous.fields.map((field) => [field.name, field]));
  const key = (table: Table) =>
    table.fields
      .filter((f) => f.primaryKey)
      .map((f) => f.name)
      .join(', ');
  if (key(previous) !== key(next)) {
    changes.push(breaking(next.name, `primary key changed from (${key(previous)}) to (${key(next)})`));
  }
  for (const field of previous.fields) {
    if (!next.fields.some((f) => f.name === field.name)) {
      changes.push(breaking(`${next.name}.${field.name}`, 'field removed (a rename is a removal)'));
    }
  }
  for (const field of next.fields) {
    const old = before.get(field.name);
    const at = `${next.name}.${field.name}`;
    if (old === undefined) {
      changes.push(
        field.required
          ? breaking(at, 'required field added: existing rows have no value for it')
          : { level: 'MINOR', at, reason: 'optional field added' },
      );
    } else {
      changes.push(...diffFields(old, field, at));
    }
  }
  if (previous.description !== next.description) {
    changes.push({ level: 'PATCH', at: next.name, reason: 'description changed' });
  }
  return changes;
}

function diffFields(previous: Field, next: Field, at: string): ContractChange[] {
  const changes: ContractChange[] = [];
  if (previous.type !== next.type) changes.push(breaking(at, `type changed from ${previous.type} to ${next.type}`));
  if (!previous.required && next.required) changes.push(breaking(at, 'now required: older rows may hold nulls'));
  if (previous.required && !next.required) {
    changes.push(breaking(at, 'no longer required: consumers relying on a value get nulls'));
  }
  if (!previous.pii && next.pii) changes.push(breaking(at, 'now personal data: grants may no longer cover it'));
  if (rank(next.classification) > rank(previous.classification)) {
    changes.push(breaking(at, `classification raised to ${next.classification?.toLowerCase()}`));
  }
  if (previous.description !== next.description) changes.push({ level: 'PATCH', at, reason: 'description changed' });
  return changes;
}

const breaking = (at: string, reason: string): ContractChange => ({ level: 'BREAKING', at, reason });
const rank = (classification: Field['classification']) => SENSITIVITY.indexOf(classification ?? 'PUBLIC');
