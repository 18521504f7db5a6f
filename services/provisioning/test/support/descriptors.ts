import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** A descriptor as tests handle it: enough shape to change what they need. */
export interface Descriptor {
  metadata: { name: string; domain: string; version: string; [key: string]: unknown };
  spec: {
    outputPorts: { name: string; type: string; table?: string; [key: string]: unknown }[];
    contract: {
      schema: { name: string; fields: { name: string; type: string; [key: string]: unknown }[] }[];
      quality?: { table: string; [key: string]: unknown }[];
      [key: string]: unknown;
    };
    access: { retention?: { onRetire: string }; [key: string]: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * sales/orders of examples/products reduced to two ports, an Iceberg table (`orders`, partitioned by day) and a
 * Kafka topic (`order-status-events`), in `domain`: tables are named after their port in the domain's namespace, so
 * each test takes a domain of its own.
 */
export function twoPortProduct(domain: string, version = '1.0.0'): Descriptor {
  const descriptor = parse(
    readFileSync(resolve(__dirname, '../../../../examples/products/sales-orders.yaml'), 'utf8'),
  ) as Descriptor;
  descriptor.metadata.domain = domain;
  descriptor.metadata.version = version;
  descriptor.spec.outputPorts = descriptor.spec.outputPorts.filter((port) => port.name !== 'order_lines');
  descriptor.spec.contract.schema = descriptor.spec.contract.schema.filter((table) => table.name !== 'order_lines');
  descriptor.spec.contract.quality = descriptor.spec.contract.quality?.filter((rule) => rule.table !== 'order_lines');
  return descriptor;
}

/** A copy with another version, and optional fields added to the `orders` table. */
export function nextVersion(descriptor: Descriptor, version: string, addedFields: string[] = []): Descriptor {
  const copy = structuredClone(descriptor);
  copy.metadata.version = version;
  const orders = copy.spec.contract.schema.find((table) => table.name === 'orders')!;
  for (const field of addedFields) orders.fields.push({ name: field, type: 'string', description: `${field}.` });
  return copy;
}

export function versionRef(descriptor: Descriptor): { domain: string; name: string; version: string } {
  return { domain: descriptor.metadata.domain, name: descriptor.metadata.name, version: descriptor.metadata.version };
}
