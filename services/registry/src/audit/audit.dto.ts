import { ApiProperty } from '@nestjs/swagger';
import type { AuditSnapshot } from './audit-entry.entity';
import type { AuditEntryView } from './audit.service';
import type { Page } from '@mesh/platform';

// Shapes of the audit API for the OpenAPI document; the query is validated with zod in audit.requests.ts.

export class AuditEntryDto implements AuditEntryView {
  @ApiProperty({ example: '1042' })
  id!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  at!: Date;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when the registry acted itself' })
  actor!: string | null;

  @ApiProperty({ example: 'domain.updated' })
  action!: string;

  @ApiProperty({ example: 'urn:mesh:domain:sales' })
  subject!: string;

  @ApiProperty({ type: Object, nullable: true, description: 'The subject before the change; null on creation' })
  before!: AuditSnapshot | null;

  @ApiProperty({ type: Object, nullable: true, description: 'The subject after the change' })
  after!: AuditSnapshot | null;

  @ApiProperty({ example: 'governance', description: 'The service that made the change or answered the request' })
  service!: string;

  @ApiProperty({ type: String, nullable: true, description: 'x-request-id of the request; null for work at start' })
  requestId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '/v1/policies/pii-needs-classification',
    description: "The path another service's write went to; null for the registry's own changes",
  })
  path!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 200,
    description: "Another service's answer (401 and 403: refused attempts); null for the registry's own changes",
  })
  status!: number | null;
}

export class AuditPageDto implements Page<AuditEntryView> {
  @ApiProperty({ type: [AuditEntryDto] })
  items!: AuditEntryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}
