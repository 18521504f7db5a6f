import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPATIBILITY_LEVELS, type CompatibilityLevel } from './compatibility';

// Shapes of the Confluent Schema Registry API for the OpenAPI document. Requests are validated with zod in
// schema-registry.requests.ts; these classes only describe them.

export class SchemaRequest {
  @ApiProperty({
    description: 'The Avro schema, as JSON text',
    example: '{"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}',
  })
  schema!: string;

  @ApiPropertyOptional({ enum: ['AVRO'], description: 'Only AVRO is served' })
  schemaType?: string;

  @ApiPropertyOptional({ type: [Object], description: 'Schema references are not supported: empty when given' })
  references?: unknown[];
}

export class SchemaIdResponse {
  @ApiProperty({ description: 'Global id of the schema, the same for equal schemas in every subject' })
  id!: number;
}

export class SchemaResponse {
  @ApiProperty()
  schema!: string;
}

export class SubjectVersionRef {
  @ApiProperty()
  subject!: string;

  @ApiProperty()
  version!: number;
}

export class SubjectVersionResponse extends SubjectVersionRef {
  @ApiProperty()
  id!: number;

  @ApiProperty()
  schema!: string;
}

export class CompatibilityCheckResponse {
  @ApiProperty()
  is_compatible!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Why not, when not compatible' })
  messages?: string[];
}

export class CompatibilityRequest {
  @ApiProperty({ enum: COMPATIBILITY_LEVELS })
  compatibility!: CompatibilityLevel;
}

export class CompatibilityLevelResponse {
  @ApiProperty({ enum: COMPATIBILITY_LEVELS })
  compatibilityLevel!: CompatibilityLevel;
}

export class ConfluentError {
  @ApiProperty({
    example: 40403,
    description: 'Confluent error code, e.g. 40401 subject, 40402 version, 40403 schema not found',
  })
  error_code!: number;

  @ApiProperty()
  message!: string;
}
