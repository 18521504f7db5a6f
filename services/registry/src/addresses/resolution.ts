import type { OutputPortType, ProductAddress } from '@mesh/descriptor';
import type { ProductVersionEntity } from '../products/product.entity';
import { deprecationOf, type DeprecationView } from '../products/product.model';
import type { VersionState } from '../lifecycle/version-lifecycle';
import { icebergTable, kafkaTopic, portLocation, type ProductCoordinates } from './physical-names';
import { formatAddress } from './mesh-address';

export interface IcebergLocation {
  /** Base URI of the Iceberg REST catalog. */
  catalogUri: string;
  namespace: string;
  table: string;
  /** `namespace.table`, as engines name the table. */
  identifier: string;
}

export interface ResolvedPort {
  name: string;
  type: OutputPortType;
  description: string;
  /** What events carry as the port's address: the table identifier or the topic. */
  address: string;
  iceberg: IcebergLocation | null;
  kafka: { topic: string } | null;
}

/** What a mesh address stands for now: the latest readable version of its major, and where to read it. */
export interface Resolution {
  address: string;
  domain: string;
  product: string;
  major: number;
  version: string;
  state: VersionState;
  /** Set when the version is deprecated: consumers should move before the sunset. */
  deprecation: DeprecationView | null;
  outputPorts: ResolvedPort[];
}

export function toResolution(address: ProductAddress, version: ProductVersionEntity, catalogUri: string): Resolution {
  const coordinates: ProductCoordinates = address;
  return {
    address: formatAddress(address),
    ...address,
    version: version.version,
    state: version.state,
    deprecation: deprecationOf(version),
    outputPorts: version.descriptor.spec.outputPorts.map((port) => {
      const { address: physical } = portLocation(coordinates, port);
      const base = { name: port.name, type: port.type, description: port.description, address: physical };
      if (port.type === 'kafka-topic')
        return { ...base, iceberg: null, kafka: { topic: kafkaTopic(coordinates, port) } };
      const { namespace, table } = icebergTable(coordinates, port);
      return { ...base, iceberg: { catalogUri, namespace, table, identifier: physical }, kafka: null };
    }),
  };
}
