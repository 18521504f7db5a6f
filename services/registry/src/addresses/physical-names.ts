import { portTable, type OutputPort, type OutputPortType } from '@mesh/descriptor';

/**
 * Where each output port of a version lives: the naming convention the registry and provisioning share, so that
 * an address is known from the descriptor alone and stays the same across minor and patch versions.
 *
 * - Iceberg: namespace = the domain; table = the table the port serves (the port's `table`, else its name), with
 *   `_v<major>` appended for every major but 1. Minor and patch versions evolve the table in place; a new major
 *   gets a table of its own, so the old major keeps resolving to its table until it retires. Major 1 keeps the
 *   plain name because most products never leave it; major 0 is suffixed too, so no two majors share a table.
 * - Kafka: `<domain>.<product>.v<major>.<port>`. Domain, product and port names are lower-case letters, digits,
 *   `-` and `_`, all legal in topic names, and four dot-separated parts never collide with the platform's own
 *   `mesh.<stream>.v<n>` topics.
 */
export interface PortLocation {
  name: string;
  type: OutputPortType;
  /** What events carry as the port's address: `namespace.table`, or the topic name. */
  address: string;
}

export interface ProductCoordinates {
  domain: string;
  product: string;
  major: number;
}

export function icebergTable(coordinates: ProductCoordinates, port: OutputPort): { namespace: string; table: string } {
  const table = portTable(port);
  return { namespace: coordinates.domain, table: coordinates.major === 1 ? table : `${table}_v${coordinates.major}` };
}

export function kafkaTopic({ domain, product, major }: ProductCoordinates, port: OutputPort): string {
  return `${domain}.${product}.v${major}.${port.name}`;
}

export function portLocation(coordinates: ProductCoordinates, port: OutputPort): PortLocation {
  switch (port.type) {
    case 'iceberg-table': {
      const { namespace, table } = icebergTable(coordinates, port);
      return { name: port.name, type: port.type, address: `${namespace}.${table}` };
    }
    case 'kafka-topic':
      return { name: port.name, type: port.type, address: kafkaTopic(coordinates, port) };
  }
}
