import { ApiProperty } from '@nestjs/swagger';
import type { OutputPortType } from '@mesh/descriptor';
import { VERSION_STATES, type VersionState } from '../lifecycle/version-lifecycle';
import { DeprecationDto } from '../products/products.dto';
import type { IcebergLocation, Resolution, ResolvedPort } from './resolution';

// Shapes of the resolve API for the OpenAPI document.

export class IcebergLocationDto implements IcebergLocation {
  @ApiProperty({ example: 'http://127.0.0.1:8181', description: 'Base URI of the Iceberg REST catalog' })
  catalogUri!: string;

  @ApiProperty({ example: 'sales', description: 'The domain' })
  namespace!: string;

  @ApiProperty({ example: 'orders', description: 'The served table; `_v<major>` appended for majors other than 1' })
  table!: string;

  @ApiProperty({ example: 'sales.orders' })
  identifier!: string;
}

export class KafkaLocationDto {
  @ApiProperty({ example: 'sales.customers.v2.customers-changelog', description: '<domain>.<product>.v<major>.<port>' })
  topic!: string;
}

export class ResolvedPortDto implements ResolvedPort {
  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ enum: ['iceberg-table', 'kafka-topic'] })
  type!: OutputPortType;

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: 'sales.orders', description: 'The table identifier or the topic, as events carry it' })
  address!: string;

  @ApiProperty({ type: IcebergLocationDto, nullable: true })
  iceberg!: IcebergLocationDto | null;

  @ApiProperty({ type: KafkaLocationDto, nullable: true })
  kafka!: KafkaLocationDto | null;
}

export class ResolutionDto implements Resolution {
  @ApiProperty({ example: 'mesh://sales/orders/v1' })
  address!: string;

  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiProperty({ example: 'orders' })
  product!: string;

  @ApiProperty({ example: 1 })
  major!: number;

  @ApiProperty({ example: '1.4.0', description: 'The highest readable version of the major' })
  version!: string;

  @ApiProperty({ enum: VERSION_STATES, description: 'published or deprecated' })
  state!: VersionState;

  @ApiProperty({ type: DeprecationDto, nullable: true })
  deprecation!: DeprecationDto | null;

  @ApiProperty({ type: [ResolvedPortDto] })
  outputPorts!: ResolvedPortDto[];
}
