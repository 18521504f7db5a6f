import { classificationRank, effectiveClassification } from '../model/classification';
import type { Classification, FieldSchema, TableSchema } from '../model/descriptor';
import { formatFieldType, validatedFieldType } from '../model/field-type';
import { childPointer } from '../model/pointer';
import { change, directionalChange, patchIfChanged, type ContractChange } from './change';
import { matchByKey } from './match';
import { compareTypes } from './type-compatibility';

const SCHEMA = '/spec/contract/schema';

/** Product classifications of both versions: a field without its own has the product's. */
export interface ClassificationContext {
  previous: Classification;
  next: Classification;
}

export function compareSchema(
  previous: readonly TableSchema[],
  next: readonly TableSchema[],
  products: ClassificationContext,
): ContractChange[] {
  const tables = matchByKey(previous, next, (table) => table.name);
  return [
    ...tables.removed.map(({ item, index }) =>
      change('breaking', childPointer(SCHEMA, index), `table '${item.name}' removed: consumers reading it fail`),
    ),
    ...tables.added.map(({ item, index }) =>
      change('minor', childPointer(SCHEMA, index), `table '${item.name}' added`),
    ),
    ...tables.kept.flatMap(({ previous: before, next: after }) =>
      compareTable(
        before.item,
        after.item,
        childPointer(SCHEMA, before.index),
        childPointer(SCHEMA, after.index),
        products,
      ),
    ),
  ];
}

function compareTable(
  previous: TableSchema,
  next: TableSchema,
  previousAt: string,
  at: string,
  products: ClassificationContext,
): ContractChange[] {
  const fields = matchByKey(previous.fields, next.fields, (field) => field.name);
  const fieldAt = (index: number) => childPointer(at, 'fields', index);
  return [
    ...patchIfChanged(
      previous.description,
      next.description,
      childPointer(at, 'description'),
      `description of table '${next.name}'`,
    ),
    ...primaryKeyChanges(previous, next, at),
    ...fields.removed.map(({ item, index }) =>
      change(
        'breaking',
        childPointer(previousAt, 'fields', index),
        `field '${next.name}.${item.name}' removed (a rename is a removal): consumers reading it fail`,
      ),
    ),
    ...fields.added.map(({ item, index }) =>
      item.required
        ? change(
            'breaking',
            fieldAt(index),
            `required field '${next.name}.${item.name}' added: existing rows have no value for it`,
          )
        : change('minor', fieldAt(index), `optional field '${next.name}.${item.name}' added`),
    ),
    ...fields.kept.flatMap(({ previous: before, next: after }) =>
      compareField(before.item, after.item, fieldAt(after.index), `${next.name}.${after.item.name}`, products),
    ),
  ];
}

// The key is the ordered list of primary-key fields; any change to it changes row identity.
function primaryKeyChanges(previous: TableSchema, next: TableSchema, at: string): ContractChange[] {
  const key = (table: TableSchema) => table.fields.filter((field) => field.primaryKey).map((field) => field.name);
  const [before, after] = [key(previous), key(next)];
  return before.join() === after.join()
    ? []
    : [
        change(
          'breaking',
          childPointer(at, 'fields'),
          `primary key of '${next.name}' changed from (${before.join(', ')}) to (${after.join(', ')}): rows are identified differently`,
        ),
      ];
}

function compareField(
  previous: FieldSchema,
  next: FieldSchema,
  at: string,
  name: string,
  products: ClassificationContext,
): ContractChange[] {
  const changes = [
    ...typeChanges(previous, next, at, name),
    ...patchIfChanged(
      previous.description,
      next.description,
      childPointer(at, 'description'),
      `description of '${name}'`,
    ),
    ...patchIfChanged(previous.examples, next.examples, childPointer(at, 'examples'), `examples of '${name}'`),
    ...directionalChange(
      Number(previous.unique ?? false),
      Number(next.unique ?? false),
      childPointer(at, 'unique'),
      `uniqueness of '${name}' ${next.unique ? 'now guaranteed' : 'no longer guaranteed'}`,
      'up',
    ),
    // Raising sensitivity withdraws data from consumers whose grants no longer cover it.
    ...directionalChange(
      Number(previous.pii ?? false),
      Number(next.pii ?? false),
      childPointer(at, 'pii'),
      `'${name}' ${next.pii ? 'is now personal data: existing grants may no longer cover it' : 'is no longer personal data'}`,
      'down',
    ),
  ];
  if ((previous.required ?? false) !== (next.required ?? false)) {
    changes.push(
      change(
        'breaking',
        childPointer(at, 'required'),
        next.required
          ? `'${name}' made required: existing rows may hold nulls and writers must now always set it`
          : `'${name}' made optional: consumers relying on a value get nulls`,
      ),
    );
  }
  // A field that inherits the product's classification moves with it; that change is reported once, on the product.
  if (previous.classification !== undefined || next.classification !== undefined) {
    const [before, after] = [
      effectiveClassification(previous, products.previous),
      effectiveClassification(next, products.next),
    ];
    changes.push(
      ...directionalChange(
        classificationRank(before),
        classificationRank(after),
        childPointer(at, 'classification'),
        `classification of '${name}' changed from ${before} to ${after}${classificationRank(after) > classificationRank(before) ? ': existing grants may no longer cover it' : ''}`,
        'down',
      ),
    );
  }
  return changes;
}

function typeChanges(previous: FieldSchema, next: FieldSchema, at: string, name: string): ContractChange[] {
  const [before, after] = [validatedFieldType(previous), validatedFieldType(next)];
  const pointer = childPointer(at, 'type');
  switch (compareTypes(before, after)) {
    case 'same':
      return [];
    case 'widened':
      return [
        change(
          'minor',
          pointer,
          `type of '${name}' widened from ${formatFieldType(before)} to ${formatFieldType(after)}`,
        ),
      ];
    case 'incompatible':
      return [
        change(
          'breaking',
          pointer,
          `type of '${name}' changed from ${formatFieldType(before)} to ${formatFieldType(after)}: existing values or readers do not fit`,
        ),
      ];
  }
}
