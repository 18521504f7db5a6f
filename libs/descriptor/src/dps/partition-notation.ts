import type { PartitionField } from '../model/descriptor';

// A partition spec in one string, the way Iceberg prints one: `day(ordered_at), bucket[16](order_id)`.

const ENTRY = /^([a-z]+(?:\[[0-9]+\])?)\(([a-z0-9_]+)\)$/;

export function formatPartitionSpec(spec: readonly PartitionField[]): string {
  return spec.map((partition) => `${partition.transform}(${partition.field})`).join(', ');
}

/** The spec, or undefined when an entry is not `transform(field)`. */
export function parsePartitionSpec(text: string): PartitionField[] | undefined {
  const entries = text.trim() === '' ? [] : text.split(',').map((entry) => ENTRY.exec(entry.trim()));
  if (entries.some((match) => match === null)) return undefined;
  return entries.map((match) => ({ field: (match as RegExpExecArray)[2], transform: (match as RegExpExecArray)[1] }));
}
