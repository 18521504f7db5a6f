import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Page } from '@mesh/platform';
import type { DomainView } from './domain.model';

// Shapes of the domains API for the OpenAPI document; requests are validated with zod in domains.requests.ts.

export class CreateDomainRequest {
  @ApiProperty({ example: 'sales', description: 'Kebab-case, at most 63 characters; never changes' })
  name!: string;

  @ApiProperty({ example: 'Sales' })
  title!: string;

  @ApiPropertyOptional({ example: 'Orders, invoices and customers' })
  description?: string;

  @ApiProperty({ example: 'team-sales', description: 'The team accountable for the domain' })
  owningTeam!: string;
}

export class UpdateDomainRequest {
  @ApiPropertyOptional()
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  description?: string | null;

  @ApiPropertyOptional()
  owningTeam?: string;
}

export class DomainDto implements DomainView {
  @ApiProperty({ example: 'sales' })
  name!: string;

  @ApiProperty({ example: 'Sales' })
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ example: 'team-sales' })
  owningTeam!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class DomainPageDto implements Page<DomainView> {
  @ApiProperty({ type: [DomainDto] })
  items!: DomainDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}
