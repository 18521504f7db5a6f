import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import { SERVICE_NAME } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ChecksRepository } from '../checks/checks.repository';

/**
 * Results that pipelines computed themselves — OpenLineage dataQualityAssertions, which the lineage service
 * forwards as quality.check.completed under its own name — recorded as external results beside ours. They show in
 * the results history and the score's `external` list, but neither count in the score nor raise alerts: the
 * platform did not measure them, and their assertions are not the contract's rules.
 */
@Injectable()
export class ExternalResultsService {
  constructor(
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    private readonly checks: ChecksRepository,
  ) {}

  async record(manager: EntityManager, event: MeshEvent<'quality.check.completed'>): Promise<void> {
    // Our own results come back on the same topic; they are recorded already.
    if (event.producer === this.serviceName) return;
    const { product, port, snapshotId, results, score } = event.payload;
    await this.checks.insertRun(
      manager,
      {
        id: randomUUID(),
        product,
        port,
        snapshotId,
        committedAt: new Date(event.occurredAt),
        source: 'external',
        causeId: event.eventId,
        score,
      },
      results.map((result) => ({
        ruleId: result.ruleId,
        severity: null,
        dimension: null,
        observed: result.observed,
        threshold: result.threshold === null ? null : String(result.threshold),
        outcome: result.outcome,
        message: result.message,
      })),
    );
  }
}
