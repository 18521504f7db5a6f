/** The parts of a descriptor a copy renames; test fixtures type descriptors loosely, so this asks for no more. */
export interface CopyableDescriptor {
  metadata: { name: string };
  spec: {
    outputPorts: { name: string; table?: string }[];
    contract: { schema: { name: string }[]; quality?: { table: string }[] };
  };
}

/**
 * A copy of a product under another name in the same domain, with tables of its own. Each table belongs to one
 * product (the registry refuses a second claim), so a copy's contract tables, the ports serving them and the
 * quality rules on them take the copy's name as a suffix: `orders` of `orders-copy-1` becomes `orders_orders_copy_1`.
 */
export function productCopy<T extends CopyableDescriptor>(descriptor: T, name: string): T {
  const copy = structuredClone(descriptor);
  const suffix = name.replaceAll('-', '_');
  const renamed = (table: string): string => `${table}_${suffix}`;
  copy.metadata.name = name;
  for (const port of copy.spec.outputPorts) port.table = renamed(port.table ?? port.name);
  for (const table of copy.spec.contract.schema) table.name = renamed(table.name);
  for (const rule of copy.spec.contract.quality ?? []) rule.table = renamed(rule.table);
  return copy;
}
