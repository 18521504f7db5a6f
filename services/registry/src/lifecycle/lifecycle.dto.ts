import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Shapes of the lifecycle API for the OpenAPI document; the body is validated with zod in lifecycle.requests.ts.

export class DeprecateRequest {
  @ApiProperty({
    example: '2027-06-30',
    description: 'When the version retires: an ISO 8601 date or date-time, in the future',
  })
  sunsetAt!: string;

  @ApiPropertyOptional({ example: 'mesh://sales/orders/v2', description: 'Where consumers should move; must resolve' })
  replacement?: string;

  @ApiPropertyOptional({ example: 'Superseded by v2, which keys orders by their public number' })
  reason?: string;
}
