import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ResultView } from '../checks/checks.repository';
import { QUALITY_TIERS, type QualityTier } from '@mesh/descriptor';
import type { Outcome } from '../rules/rule-outcome';
import type { ScoreSummary } from './results.service';

// Shapes of the results API for the OpenAPI document; queries are validated with zod in results.requests.ts.

export class RuleResultDto implements ResultView {
  @ApiProperty({ description: 'Result id; also the cursor of the next page when it is the last one' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  runId!: string;

  @ApiProperty({ example: '1.4.0' })
  version!: string;

  @ApiProperty({ example: 'orders' })
  port!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Iceberg snapshot id' })
  snapshotId!: string | null;

  @ApiProperty({ enum: ['platform', 'external'], description: 'Measured here, or reported by the pipeline' })
  source!: 'platform' | 'external';

  @ApiProperty({ example: 'orders-order-id-unique' })
  ruleId!: string;

  @ApiProperty({ type: String, nullable: true, enum: ['blocking', 'warning'] })
  severity!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'uniqueness' })
  dimension!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  observed!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'must be 0' })
  threshold!: string | null;

  @ApiProperty({ enum: ['pass', 'warn', 'fail', 'error'] })
  outcome!: Outcome;

  @ApiProperty({ type: String, nullable: true, description: 'Why it did not pass' })
  message!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  checkedAt!: Date;
}

export class ResultsPageDto {
  @ApiProperty({ type: [RuleResultDto] })
  items!: RuleResultDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class ScoreDto {
  @ApiProperty()
  domain!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The latest published version, whose results count' })
  version!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Weighted share of rules whose latest result passed: blocking rules count 2, warnings 1',
  })
  score!: number | null;

  @ApiProperty({ type: [RuleResultDto] })
  rules!: RuleResultDto[];

  @ApiProperty({ type: [RuleResultDto], description: "Pipelines' own assertions (OpenLineage), beside ours" })
  external!: RuleResultDto[];
}

export class ScoreSummaryDto implements ScoreSummary {
  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ example: '1.4.0', description: 'The latest published version, whose results count' })
  version!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'As GET /v1/products/{domain}/{name}/score gives it; null before any check',
  })
  score!: number | null;

  @ApiProperty({ description: 'Unresolved alerts of the product, acknowledged ones included' })
  openAlerts!: number;

  @ApiProperty({ enum: QUALITY_TIERS, description: 'gold ≥ 0.95, silver ≥ 0.8, bronze below, unrated without a score' })
  tier!: QualityTier;
}

export class ScoreSummaryListDto {
  @ApiProperty({
    type: [ScoreSummaryDto],
    description: 'One per product asked for that quality monitors, in the order asked; unknown products are absent',
  })
  items!: ScoreSummaryDto[];
}
