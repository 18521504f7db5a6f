import type { DataProductDescriptor } from '@mesh/descriptor';
import { portLocation } from '../addresses/physical-names';

/** A version of another product, with the physical names its ports hold. */
export interface ClaimingVersion {
  domain: string;
  name: string;
  version: string;
  major: number;
  descriptor: DataProductDescriptor;
}

/** A physical name two products would share, and who holds it. */
export interface NameClash {
  port: string;
  address: string;
  holder: { domain: string; name: string; version: string; port: string };
}

/**
 * The ports of a descriptor whose physical names another product already holds. Each physical resource belongs to
 * one product's version line: a table shared by two products would take the grants of one to read the other. Kafka
 * topics carry the product's name and never clash; tables are named by the port (`<domain>.<table>`), so two
 * products of a domain can ask for the same one.
 */
export function nameClashes(
  descriptor: DataProductDescriptor,
  major: number,
  others: readonly ClaimingVersion[],
): NameClash[] {
  const held = new Map<string, NameClash['holder']>();
  for (const other of others) {
    for (const port of other.descriptor.spec.outputPorts) {
      const { address } = portLocation({ domain: other.domain, product: other.name, major: other.major }, port);
      if (!held.has(address))
        held.set(address, { domain: other.domain, name: other.name, version: other.version, port: port.name });
    }
  }
  const { domain, name } = descriptor.metadata;
  return descriptor.spec.outputPorts.flatMap((port) => {
    const { address } = portLocation({ domain, product: name, major }, port);
    const holder = held.get(address);
    return holder === undefined ? [] : [{ port: port.name, address, holder }];
  });
}
