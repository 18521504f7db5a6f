import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ALERT_KINDS,
  ALERT_SEVERITIES,
  ALERT_STATES,
  type AlertKind,
  type AlertSeverity,
  type AlertState,
  type AlertView,
} from './alert.model';

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

  @ApiProperty({ enum: ALERT_KINDS })
  kind!: AlertKind;

  @ApiProperty({ enum: ALERT_SEVERITIES })
  severity!: AlertSeverity;

  @ApiProperty()
  message!: string;

  @ApiProperty({ enum: ALERT_STATES })
  state!: AlertState;

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

export class AlertPageDto {
  @ApiProperty({ type: [AlertDto], description: 'Most recently raised first' })
  items!: AlertDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;

  @ApiProperty({ description: 'How many alerts match the filters, on every page' })
  total!: number;
}

export class AcknowledgeRequest {
  @ApiPropertyOptional({ description: 'What the acknowledger intends to do', maxLength: 2000 })
  note?: string;
}
