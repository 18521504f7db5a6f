import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProductRef } from '@mesh/contracts';
import type { Page } from '@mesh/platform';
import { ACCESS_STATES, type AccessState } from './access-lifecycle';
import type { AccessRequestView } from './access.model';

// Shapes of the access API for the OpenAPI document; requests are validated with zod in access.requests.ts.

export class CreateAccessRequest {
  @ApiProperty({ example: 'Monthly revenue reconciliation', description: 'Why access is needed, for the approvers' })
  purpose!: string;

  @ApiProperty({
    example: '2027-12-31',
    description: 'When access lapses: an ISO 8601 date or date-time, in the future',
  })
  until!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who would receive access; the caller when absent' })
  principal?: string;
}

export class DecisionRequest {
  @ApiPropertyOptional({ example: 'Purpose covered by the data sharing agreement' })
  reason?: string;
}

export class ProductRefDto implements ProductRef {
  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiProperty({ example: 'orders' })
  name!: string;
}

export class AccessRequestDto implements AccessRequestView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: ProductRefDto })
  product!: ProductRefDto;

  @ApiProperty({ format: 'uuid', description: 'Who would receive access' })
  principal!: string;

  @ApiProperty({ format: 'uuid' })
  requestedBy!: string;

  @ApiProperty()
  purpose!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  until!: Date;

  @ApiProperty({ enum: ACCESS_STATES })
  state!: AccessState;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set once granted' })
  grantId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when granted automatically' })
  decidedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  revokedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true })
  revocationReason!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class AccessRequestPageDto implements Page<AccessRequestView> {
  @ApiProperty({ type: [AccessRequestDto] })
  items!: AccessRequestDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}
