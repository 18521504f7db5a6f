import { ApiProperty } from '@nestjs/swagger';
import type { DecisionOutcome, EvaluationOutcome, PolicyEvaluation, PolicySeverity } from '@mesh/contracts';
import type { DryRunResult } from './gate.service';

// Shapes of the gate's answers for the OpenAPI document.

export class PolicyEvaluationDto implements PolicyEvaluation {
  @ApiProperty({ example: 'owner-and-description' })
  policyId!: string;

  @ApiProperty({ description: 'The revision of the policy that was evaluated' })
  policyVersion!: number;

  @ApiProperty({ enum: ['pass', 'fail', 'error'] })
  outcome!: EvaluationOutcome;

  @ApiProperty({ type: String, nullable: true, description: 'Why, for a fail or an error' })
  message!: string | null;

  @ApiProperty({ enum: ['blocking', 'warning', 'info'] })
  severity!: PolicySeverity;
}

export class ProblemDto {
  @ApiProperty({ example: '/spec/contract' })
  pointer!: string;

  @ApiProperty()
  message!: string;
}

export class DryRunDto implements DryRunResult {
  @ApiProperty({ enum: ['approved', 'rejected'], description: 'What the gate would decide' })
  outcome!: DecisionOutcome;

  @ApiProperty({ type: [PolicyEvaluationDto] })
  evaluations!: PolicyEvaluationDto[];

  @ApiProperty({ type: [String], description: 'Applicable policies skipped because of a waiver' })
  waived!: string[];

  @ApiProperty({ description: 'Whether the descriptor passes the descriptor schema (the registry refuses it if not)' })
  valid!: boolean;

  @ApiProperty({ type: [ProblemDto], description: "The descriptor schema's problems, when not valid" })
  problems!: ProblemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The version compared with: the latest readable below' })
  previousVersion!: string | null;
}
