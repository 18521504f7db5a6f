import { parseProductAddress, productAddress } from '../model/address';
import type { DataProductDescriptor, InputPort, OutputPort } from '../model/descriptor';
import { portTable } from '../model/descriptor';
import { odcsContractId } from '../odcs/to-odcs';
import { definedOnly } from '../support/read-json';
import {
  DPS_PORT_TYPES,
  MESH_PRODUCT_SOURCE,
  type DpsDocument,
  type DpsInputPort,
  type DpsOutputPort,
} from './dps-types';
import { formatPartitionSpec } from './partition-notation';

/** DPS ids may not contain '/', so the product's domain and name are joined by a dot. */
export function dpsProductId(domain: string, name: string): string {
  return `${domain}.${name}`;
}

/**
 * The descriptor as a DPS 0.0.1 document. DPS has no place for the contract: each output port
 * names it by `dataContractId` (the ODCS export's id). What DPS has no field for travels in
 * its `custom` string maps.
 */
export function toDps(descriptor: DataProductDescriptor): DpsDocument {
  const { metadata, spec } = descriptor;
  const piiTables = new Set(
    spec.contract.schema.filter((table) => table.fields.some((field) => field.pii)).map((table) => table.name),
  );
  return definedOnly({
    dataProductSpecification: '0.0.1',
    id: dpsProductId(metadata.domain, metadata.name),
    info: { title: metadata.title, owner: metadata.owner, domain: metadata.domain, description: metadata.description },
    inputPorts: spec.inputPorts?.map(dpsInputPort),
    outputPorts: spec.outputPorts.map((port) =>
      dpsOutputPort(port, {
        containsPii: piiTables.has(portTable(port)),
        autoApprove: spec.access.approval === 'auto',
        dataContractId: odcsContractId(metadata),
      }),
    ),
    links: { mesh: productAddress(metadata) },
    custom: definedOnly({
      version: metadata.version,
      classification: metadata.classification,
      visibility: spec.access.visibility,
      onRetire: spec.access.retention?.onRetire,
    }),
    tags: metadata.tags,
  });
}

function dpsInputPort(port: InputPort): DpsInputPort {
  const upstream = parseProductAddress(port.address);
  return definedOnly({
    id: port.name,
    name: port.name,
    description: port.description,
    sourceSystemId: upstream ? dpsProductId(upstream.domain, upstream.product) : port.address,
    type: MESH_PRODUCT_SOURCE,
    location: port.address,
  });
}

function dpsOutputPort(
  port: OutputPort,
  derived: Pick<DpsOutputPort, 'containsPii' | 'autoApprove' | 'dataContractId'>,
): DpsOutputPort {
  const custom = definedOnly({
    table: port.table,
    partitionSpec: port.iceberg && formatPartitionSpec(port.iceberg.partitionSpec),
    partitions: port.kafka?.partitions?.toString(),
    retentionMs: port.kafka?.retentionMs?.toString(),
    cleanupPolicy: port.kafka?.cleanupPolicy,
  });
  return definedOnly({
    id: port.name,
    name: port.name,
    description: port.description,
    type: DPS_PORT_TYPES[port.type],
    ...derived,
    custom: Object.keys(custom).length > 0 ? custom : undefined,
  });
}
