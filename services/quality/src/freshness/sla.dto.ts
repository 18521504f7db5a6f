import { ApiProperty } from '@nestjs/swagger';
import { SLA_STATUSES, type PortSla, type ProductSla, type SlaStatus } from './sla-status';

export class PortSlaDto implements PortSla {
  @ApiProperty({ example: 'orders' })
  port!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The last publication of data; null before the first' })
  lastDataAt!: string | null;

  @ApiProperty({ description: 'Milliseconds since the last data (since publication, before any data)' })
  ageMs!: number;

  @ApiProperty({ type: String, nullable: true, description: 'When the objective was first missed, while it is' })
  breachedSince!: string | null;

  @ApiProperty({
    enum: SLA_STATUSES,
    description: 'met: fresh data; breached: past the objective; unknown: no data yet',
  })
  status!: SlaStatus;
}

export class ProductSlaDto implements ProductSla {
  @ApiProperty()
  domain!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The latest published version, whose SLA this is' })
  version!: string;

  @ApiProperty({
    enum: SLA_STATUSES,
    description: 'breached when any port is; met when every port has fresh data; unknown without an objective or data',
  })
  status!: SlaStatus;

  @ApiProperty({ type: String, nullable: true, example: '1h', description: "The contract's freshness objective" })
  freshness!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '99.9%',
    description: "The contract's availability objective: declared, not measured",
  })
  availability!: string | null;

  @ApiProperty({ type: [PortSlaDto], description: 'Each port the freshness objective covers' })
  ports!: PortSlaDto[];
}
