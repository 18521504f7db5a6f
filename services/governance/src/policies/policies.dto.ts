import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Shapes of the policies API for the OpenAPI document; bodies are validated with zod in policies.requests.ts.

export class ApplyPolicyRequest {
  @ApiPropertyOptional({ example: 'owner-and-description', description: 'Must match the URL when given' })
  id?: string;

  @ApiProperty({ example: 'Owner and description present' })
  title!: string;

  @ApiProperty({ example: 'Consumers must know who answers for a product.' })
  description!: string;

  @ApiProperty({ example: 'global', description: "'global' or 'domain:<name>'" })
  scope!: string;

  @ApiProperty({ enum: ['blocking', 'warning'] })
  severity!: string;

  @ApiPropertyOptional({ enum: ['product-version', 'access-request'], default: 'product-version' })
  target?: string;

  @ApiProperty({
    example: 'has(product.metadata.owner) && product.metadata.owner != ""',
    description: 'CEL over product, domain, previous, change, lineage and now (see the README)',
  })
  expression!: string;

  @ApiProperty({ example: 'The product must name its owning team.' })
  message!: string;
}

export class PolicyDto extends ApplyPolicyRequest {
  @ApiProperty({ example: 3, description: 'Revision; every change adds one' })
  revision!: number;

  @ApiProperty({ nullable: true, type: String, description: 'Principal id of the last change; null when seeded' })
  updatedBy!: string | null;

  @ApiProperty()
  updatedAt!: string;
}

export class PolicyRevisionDto {
  @ApiProperty()
  revision!: number;

  @ApiProperty({ enum: ['created', 'updated', 'deleted'] })
  change!: string;

  @ApiProperty({ type: ApplyPolicyRequest })
  policy!: ApplyPolicyRequest;

  @ApiProperty({ nullable: true, type: String })
  changedBy!: string | null;

  @ApiProperty()
  changedAt!: string;
}

export class PolicyRevisionListDto {
  @ApiProperty({ type: [PolicyRevisionDto], description: 'Oldest first' })
  items!: PolicyRevisionDto[];
}

export class PolicyPageDto {
  @ApiProperty({ type: [PolicyDto] })
  items!: PolicyDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}
