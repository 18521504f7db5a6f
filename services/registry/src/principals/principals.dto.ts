import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Page, PRINCIPAL_KINDS, type PrincipalKind, type Role, type RoleGrant, ROLES } from '@mesh/platform';
import type { PrincipalView } from './principal.model';

// Shapes of the principals API for the OpenAPI document; requests are validated with zod in principals.requests.ts.

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({
    example: 'sales',
    description: 'Required for domain-owner and domain-member, optional for consumer, absent otherwise',
  })
  domain?: string;
}

export class CreatePrincipalRequest {
  @ApiProperty({ example: 'sales-ingest' })
  name!: string;

  @ApiProperty({ enum: PRINCIPAL_KINDS })
  kind!: PrincipalKind;

  @ApiProperty({ type: [RoleGrantDto] })
  roles!: RoleGrantDto[];
}

/** A principal as a token shows it (introspection, /v1/me): who it is and what it holds. */
export class AuthenticatedPrincipalDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'sales-ingest' })
  name!: string;

  @ApiProperty({ enum: PRINCIPAL_KINDS })
  kind!: PrincipalKind;

  @ApiProperty({ type: [RoleGrantDto] })
  roles!: RoleGrantDto[];
}

export class PrincipalDto extends AuthenticatedPrincipalDto implements PrincipalView {
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export class PrincipalPageDto implements Page<PrincipalView> {
  @ApiProperty({ type: [PrincipalDto] })
  items!: PrincipalDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}
