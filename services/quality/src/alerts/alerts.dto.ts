import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AlertKind, AlertSeverity, AlertView } from './alert.model';

export class AlertDto implements AlertView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  domain!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The version the alert was last raised for' })
  version!: string;

  @ApiProperty({ description: 'The rule id of a quality alert, freshness:<port> of a freshness SLA' })
  ruleKey!: string;

  @ApiProperty({ enum: ['quality', 'freshness', 'availability'] })
  kind!: AlertKind;

  @ApiProperty({ enum: ['critical', 'warning', 'info'] })
  severity!: AlertSeverity;

  @ApiProperty()
  message!: string;

  @ApiProperty({ enum: ['open', 'acknowledged', 'resolved'] })
  state!: 'open' | 'acknowledged' | 'resolved';

  @ApiProperty({ description: 'How many checks raised it while it was open' })
  raisedCount!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  firstRaisedAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  lastRaisedAt!: Date;

  @ApiProperty({ type: String, nullable: true, description: 'Id of the principal who acknowledged it' })
  acknowledgedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acknowledgedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true })
  acknowledgementNote!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null when the condition cleared by itself' })
  resolution!: string | null;
}

export class AlertListDto {
  @ApiProperty({ type: [AlertDto] })
  items!: AlertDto[];
}

export class AcknowledgeRequest {
  @ApiPropertyOptional({ description: 'What the acknowledger intends to do', maxLength: 2000 })
  note?: string;
}
