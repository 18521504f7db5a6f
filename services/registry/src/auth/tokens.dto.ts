import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuthenticatedPrincipalDto } from '../principals/principals.dto';
import type { CreatedToken, TokenView } from './token.model';

// Shapes of the token API for the OpenAPI document; requests are validated with zod in tokens.requests.ts.

export class CreateTokenRequest {
  @ApiProperty({ example: 'ci-pipeline', description: 'What the token is for' })
  name!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 90 })
  expiresInDays?: number;
}

export class CreatedTokenDto implements CreatedToken {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'mesh_…', description: 'The token: shown this once, stored only as a hash' })
  token!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: Date;
}

export class TokenDto implements TokenView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  principalId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'To the minute' })
  lastUsedAt!: Date | null;
}

export class IntrospectRequest {
  @ApiProperty({ example: 'mesh_…' })
  token!: string;
}

export class IntrospectionDto {
  @ApiProperty({ description: 'False for an unknown, expired or revoked token; nothing else is said then' })
  active!: boolean;

  @ApiPropertyOptional({ type: AuthenticatedPrincipalDto, description: 'When active' })
  principal?: AuthenticatedPrincipalDto;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When active' })
  expiresAt?: Date;
}

export class MeDto {
  @ApiProperty({ type: AuthenticatedPrincipalDto, description: 'The principal the token belongs to, with its roles' })
  principal!: AuthenticatedPrincipalDto;

  @ApiProperty({ type: [String], description: 'The domains the principal holds a role in', example: ['sales'] })
  domains!: string[];

  @ApiProperty({ type: String, format: 'date-time', description: 'When the token the request carried expires' })
  tokenExpiresAt!: Date;
}
