import { Injectable } from '@nestjs/common';
import type { PolicyEvaluation } from '@mesh/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { VersionRef } from '../products/product-ref';
import type { DecisionOutcome } from './evaluator';

export type EvaluationTrigger = 'proposal' | 'policy_change';

export interface EvaluationRecord {
  decisionId: string;
  product: VersionRef;
  trigger: EvaluationTrigger;
  outcome: DecisionOutcome;
  evaluations: readonly PolicyEvaluation[];
  waived: readonly string[];
}

/** Every decision governance made, with each evaluation, stored with the event that announces it. */
@Injectable()
export class EvaluationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, records: readonly EvaluationRecord[]): Promise<void> {
    if (records.length === 0) return;
    await manager.query(
      `INSERT INTO evaluations (decision_id, domain, name, version, trigger, outcome, evaluations, waived)
       SELECT t.id::uuid, t.domain, t.name, t.version, t.trigger, t.outcome, t.evaluations::jsonb,
              string_to_array(t.waived, ',')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS t(id, domain, name, version, trigger, outcome, evaluations, waived)`,
      [
        records.map((record) => record.decisionId),
        records.map((record) => record.product.domain),
        records.map((record) => record.product.name),
        records.map((record) => record.product.version),
        records.map((record) => record.trigger),
        records.map((record) => record.outcome),
        records.map((record) => JSON.stringify(record.evaluations)),
        records.map((record) => record.waived.join(',')),
      ],
    );
  }

  /** The latest decisions about a version, newest first. */
  async latest(ref: VersionRef, limit: number) {
    const rows: {
      decision_id: string;
      trigger: EvaluationTrigger;
      outcome: DecisionOutcome;
      evaluations: PolicyEvaluation[];
      waived: string[];
      evaluated_at: Date;
    }[] = await this.dataSource.query(
      `SELECT decision_id, trigger, outcome, evaluations, waived, evaluated_at FROM evaluations
       WHERE domain = $1 AND name = $2 AND version = $3 ORDER BY evaluated_at DESC LIMIT $4`,
      [ref.domain, ref.name, ref.version, limit],
    );
    return rows.map((row) => ({
      decisionId: row.decision_id,
      trigger: row.trigger,
      outcome: row.outcome,
      evaluations: row.evaluations,
      waived: row.waived,
      evaluatedAt: row.evaluated_at.toISOString(),
    }));
  }
}
