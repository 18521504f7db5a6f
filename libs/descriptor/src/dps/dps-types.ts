// The Data Product Specification 0.0.1 (dataproduct-specification.com), as toDps writes it.
// DPS `custom` maps hold strings only, so numbers travel as decimal strings.

export interface DpsInputPort {
  id: string;
  name: string;
  description?: string;
  sourceSystemId: string;
  type: string;
  location: string;
}

export interface DpsOutputPort {
  id: string;
  name: string;
  description: string;
  type: 'iceberg' | 'kafka';
  containsPii: boolean;
  autoApprove: boolean;
  dataContractId: string;
  custom?: Record<string, string>;
}

export interface DpsDocument {
  dataProductSpecification: '0.0.1';
  id: string;
  info: { title: string; owner?: string; domain: string; description: string };
  inputPorts?: DpsInputPort[];
  outputPorts: DpsOutputPort[];
  links: Record<string, string>;
  custom: Record<string, string>;
  tags?: string[];
}

/** What the descriptor calls each DPS port type. */
export const DPS_PORT_TYPES = { 'iceberg-table': 'iceberg', 'kafka-topic': 'kafka' } as const;

/** An input port's DPS type: another data product of the mesh. */
export const MESH_PRODUCT_SOURCE = 'mesh-data-product';
