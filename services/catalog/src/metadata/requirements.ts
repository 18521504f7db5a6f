import { CatalogError } from '../http/catalog-error';
import type { TableRequirement } from './commit-request';
import { NO_SNAPSHOT, type TableMetadata } from './table-metadata';

function failed(message: string): CatalogError {
  return new CatalogError('commit_failed', `Requirement failed: ${message}`);
}

/**
 * Checks a commit's requirements against the table as it is now (null: the table does not exist). A failed one
 * is a 409 CommitFailedException: the client reloads the table and tries again.
 */
export function checkRequirements(metadata: TableMetadata | null, requirements: readonly TableRequirement[]): void {
  for (const requirement of requirements) {
    if (requirement.type === 'assert-create') {
      if (metadata !== null) throw failed('table already exists');
      continue;
    }
    if (metadata === null) throw failed(`${requirement.type}: the table does not exist`);
    checkOne(metadata, requirement);
  }
}

function checkOne(metadata: TableMetadata, requirement: Exclude<TableRequirement, { type: 'assert-create' }>): void {
  switch (requirement.type) {
    case 'assert-table-uuid':
      if (metadata['table-uuid'].toLowerCase() !== requirement.uuid.toLowerCase())
        throw failed(`table uuid does not match: expected ${requirement.uuid} != ${metadata['table-uuid']}`);
      return;
    case 'assert-ref-snapshot-id': {
      const ref = metadata.refs[requirement.ref];
      const expected = requirement['snapshot-id'];
      if (expected === null) {
        if (ref !== undefined) throw failed(`ref '${requirement.ref}' was created concurrently`);
        return;
      }
      const actual = ref?.['snapshot-id'] ?? (requirement.ref === 'main' ? metadata['current-snapshot-id'] : undefined);
      if (actual === undefined || actual === NO_SNAPSHOT)
        throw failed(`ref '${requirement.ref}' is missing, expected snapshot ${expected}`);
      if (actual !== expected)
        throw failed(`ref '${requirement.ref}' has changed: expected snapshot ${expected} != ${actual}`);
      return;
    }
    case 'assert-last-assigned-field-id':
      return expectEqual('last assigned field id', requirement['last-assigned-field-id'], metadata['last-column-id']);
    case 'assert-current-schema-id':
      return expectEqual('current schema id', requirement['current-schema-id'], metadata['current-schema-id']);
    case 'assert-last-assigned-partition-id':
      return expectEqual(
        'last assigned partition id',
        requirement['last-assigned-partition-id'],
        metadata['last-partition-id'],
      );
    case 'assert-default-spec-id':
      return expectEqual('default partition spec id', requirement['default-spec-id'], metadata['default-spec-id']);
    case 'assert-default-sort-order-id':
      return expectEqual(
        'default sort order id',
        requirement['default-sort-order-id'],
        metadata['default-sort-order-id'],
      );
  }
}

function expectEqual(what: string, expected: number, actual: number): void {
  if (expected !== actual) throw failed(`${what} has changed: expected ${expected} != ${actual}`);
}
