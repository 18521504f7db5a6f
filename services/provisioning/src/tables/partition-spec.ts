import type { PartitionField } from '@mesh/descriptor';
import { SchemaConflictError } from './contract-schema';
import type { IcebergPartitionSpec, IcebergSchema } from './iceberg-types';

/**
 * The Iceberg partition spec of a port's `partitionSpec`. Transforms are spelled as Iceberg spells them
 * (`day`, `bucket[16]`), which the descriptor validated; partition fields are named as Iceberg's own API names
 * them (`ordered_at_day`, `order_id_bucket`), so a spec made here and one made by Spark look alike.
 */
export function partitionSpec(fields: readonly PartitionField[], schema: IcebergSchema): IcebergPartitionSpec {
  return {
    fields: fields.map((field) => {
      const source = schema.fields.find((candidate) => candidate.name === field.field);
      if (source === undefined) throw new SchemaConflictError(`partition field '${field.field}' is not a column`);
      // No field ids: the catalog assigns them, above the table's last partition id.
      return {
        'source-id': source.id,
        name: partitionName(field),
        transform: field.transform,
      };
    }),
  };
}

/** Whether two specs partition by the same columns with the same transforms, whatever their ids and names. */
export function samePartitioning(a: IcebergPartitionSpec | undefined, b: IcebergPartitionSpec): boolean {
  const key = (spec: IcebergPartitionSpec | undefined) =>
    JSON.stringify((spec?.fields ?? []).map((field) => [field['source-id'], field.transform]));
  return key(a) === key(b);
}

function partitionName({ field, transform }: PartitionField): string {
  if (transform === 'identity') return field;
  const kind = /^[a-z]+/.exec(transform)?.[0] ?? transform;
  return `${field}_${kind === 'truncate' ? 'trunc' : kind}`;
}
