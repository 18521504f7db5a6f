import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PolicySeverity, PolicyViolation } from '@mesh/contracts';
import {
  CLASSIFICATIONS,
  type ChangeLevel,
  type Classification,
  type ContractChange,
  type OutputPortType,
  type ProductMetadata,
} from '@mesh/descriptor';
import type { Page } from '@mesh/platform';
import { VERSION_STATES, type VersionState } from '../lifecycle/version-lifecycle';
import type { ProvisioningFailure } from './product.entity';
import type {
  ApplyResult,
  DeprecationView,
  PortView,
  ProductListItem,
  ProductView,
  ProvisioningView,
  VersionStateView,
  VersionView,
} from './product.model';

// Shapes of the products API for the OpenAPI document; requests are validated in products.requests.ts and, for
// descriptors, by @mesh/descriptor.

export class VersionStateDto implements VersionStateView {
  @ApiProperty({ example: '1.4.0' })
  version!: string;

  @ApiProperty({ enum: VERSION_STATES })
  state!: VersionState;
}

export class AppliedVersionDto extends VersionStateDto {
  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ example: 'mesh://sales/orders/v1' })
  address!: string;

  @ApiProperty({ description: "SHA-256 of the descriptor's canonical JSON" })
  contentHash!: string;
}

export class ContractChangeDto implements ContractChange {
  @ApiProperty({ enum: ['breaking', 'minor', 'patch'] })
  level!: ChangeLevel;

  @ApiProperty({ example: '/spec/contract/schema/0/fields/3' })
  pointer!: string;

  @ApiProperty({ example: "field 'total' removed: consumers reading it fail" })
  reason!: string;
}

export class ApplyResultDto implements ApplyResult {
  @ApiProperty({ description: 'Whether a new version was (in a dry run: would be) proposed' })
  created!: boolean;

  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ type: AppliedVersionDto })
  version!: AppliedVersionDto;

  @ApiProperty({ type: String, nullable: true, description: 'The version the changes were checked against' })
  baseline!: string | null;

  @ApiProperty({ type: [ContractChangeDto] })
  changes!: ContractChangeDto[];
}

class ProductSummaryDto {
  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ example: 'Orders' })
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({
    type: String,
    example: 'order-management',
    nullable: true,
    description: 'The owning team; null when the descriptor names none (governance rejects such a version)',
  })
  owner!: string | null;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ enum: CLASSIFICATIONS })
  classification!: Classification;

  @ApiProperty({ example: '1.4.0', description: 'The most recently proposed version, whose metadata these are' })
  latestVersion!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class ProductListItemDto extends ProductSummaryDto implements ProductListItem {
  @ApiProperty({ type: [VersionStateDto], description: 'Every version, lowest first' })
  versions!: VersionStateDto[];
}

export class ProductPageDto implements Page<ProductListItem> {
  @ApiProperty({ type: [ProductListItemDto] })
  items!: ProductListItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}

export class PolicyViolationDto implements PolicyViolation {
  @ApiProperty()
  policyId!: string;

  @ApiProperty()
  policyVersion!: number;

  @ApiProperty()
  message!: string;

  @ApiProperty({ enum: ['blocking', 'warning', 'info'] })
  severity!: PolicySeverity;
}

export class PortDto implements PortView {
  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ enum: ['iceberg-table', 'kafka-topic'] })
  type!: OutputPortType;

  @ApiProperty({ example: 'sales.orders', description: 'Iceberg `namespace.table`, or the Kafka topic' })
  address!: string;

  @ApiProperty()
  provisioned!: boolean;
}

export class ProvisioningFailureDto implements ProvisioningFailure {
  @ApiProperty()
  jobId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The failed port; null when not specific to one' })
  port!: string | null;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Attempts made; null when the registry refused the port' })
  attempts!: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  failedAt!: string;
}

export class ProvisioningDto implements ProvisioningView {
  @ApiProperty({ format: 'uuid' })
  jobId!: string;

  @ApiProperty({ type: [PortDto] })
  ports!: PortDto[];

  @ApiProperty({ type: ProvisioningFailureDto, nullable: true })
  failure!: ProvisioningFailureDto | null;
}

export class DeprecationDto implements DeprecationView {
  @ApiProperty({ type: String, format: 'date-time' })
  sunsetAt!: Date;

  @ApiProperty({ type: String, nullable: true, example: 'mesh://sales/orders/v2' })
  replacement!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

export class VersionDto extends VersionStateDto implements VersionView {
  @ApiProperty({ example: 'mesh://sales/orders/v1' })
  address!: string;

  @ApiProperty()
  contentHash!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  proposedAt!: Date;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  proposedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  stateChangedAt!: Date;

  @ApiProperty({ type: String, nullable: true })
  decisionId!: string | null;

  @ApiPropertyOptional({ type: [PolicyViolationDto], nullable: true })
  violations!: PolicyViolationDto[] | null;

  @ApiProperty({ type: ProvisioningDto, nullable: true, description: 'From the start of provisioning on' })
  provisioning!: ProvisioningDto | null;

  @ApiProperty({ type: DeprecationDto, nullable: true })
  deprecation!: DeprecationDto | null;
}

export class ProductDto extends ProductSummaryDto implements ProductView {
  @ApiProperty({ type: [VersionDto], description: 'Every version, lowest first' })
  versions!: VersionDto[];
}

export class DescriptorMetadataDto implements ProductMetadata {
  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiPropertyOptional({ example: 'order-management', description: 'The owning team' })
  owner?: string;

  @ApiProperty({ example: 'Orders' })
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiPropertyOptional({ type: [String] })
  tags?: string[];

  @ApiProperty({ enum: CLASSIFICATIONS })
  classification!: Classification;

  @ApiProperty({ example: '1.4.0' })
  version!: string;
}

/**
 * A stored descriptor (`format=json`). Only its envelope is spelled out here: `spec` (ports, contract, access) is
 * defined by the descriptor's JSON Schema, libs/descriptor/schema/descriptor.schema.json, which every stored
 * descriptor passed.
 */
export class DescriptorDto {
  @ApiProperty({ enum: ['mesh/v1'] })
  apiVersion!: 'mesh/v1';

  @ApiProperty({ enum: ['DataProduct'] })
  kind!: 'DataProduct';

  @ApiProperty({ type: DescriptorMetadataDto })
  metadata!: DescriptorMetadataDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Input and output ports, contract and access, as libs/descriptor/schema/descriptor.schema.json says',
  })
  spec!: Record<string, unknown>;
}

/** A version's contract as an ODCS v3.1 document (`format=odcs`); the members not listed follow ODCS v3.1. */
export class OdcsContractDto {
  @ApiProperty({ enum: ['v3.1.0'] })
  apiVersion!: 'v3.1.0';

  @ApiProperty({ enum: ['DataContract'] })
  kind!: 'DataContract';

  @ApiProperty({ example: 'urn:mesh:contract:sales:orders' })
  id!: string;

  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ example: '1.4.0' })
  version!: string;

  @ApiProperty({ example: 'active', description: "ODCS's status for the version's lifecycle state" })
  status!: string;
}
