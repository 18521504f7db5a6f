import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Wakeup } from '@mesh/messaging';
import { DataSource, type EntityManager } from 'typeorm';

/** What to re-evaluate: one product, one domain's products (name null), or every product (both null). */
export interface ReevaluationScope {
  domain: string | null;
  name: string | null;
}

export interface ClaimedRequest extends ReevaluationScope {
  id: string;
}

/**
 * Re-evaluations to run, stored in the transaction of the change that calls for them (a policy, a waiver, a
 * lifecycle event), so that none is lost when the process stops; the worker of any instance runs them.
 */
@Injectable()
export class ReevaluationQueue {
  readonly wakeup = new Wakeup();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async request(manager: EntityManager, scope: ReevaluationScope, reason: string): Promise<void> {
    await manager.query('INSERT INTO reevaluations (domain, name, reason) VALUES ($1, $2, $3)', [
      scope.domain,
      scope.name,
      reason,
    ]);
  }

  /** Wakes this instance's worker once the requesting transaction committed. */
  wake(): void {
    this.wakeup.wake();
  }

  /**
   * Claims every pending request; one abandoned by a stopped worker for `staleAfterMs` is claimed again.
   * Several instances never claim the same one.
   */
  async claim(staleAfterMs: number): Promise<ClaimedRequest[]> {
    const [rows]: [ClaimedRequest[], number] = await this.dataSource.query(
      `UPDATE reevaluations SET started_at = now()
       WHERE id IN (SELECT id FROM reevaluations
                    WHERE finished_at IS NULL AND (started_at IS NULL OR started_at < now() - $1 * interval '1 millisecond')
                    ORDER BY id FOR UPDATE SKIP LOCKED)
       RETURNING id, domain, name`,
      [staleAfterMs],
    );
    return rows;
  }

  /** Gives claimed requests back after a failed run, so that the next round takes them again. */
  async release(ids: readonly string[]): Promise<void> {
    await this.dataSource.query('UPDATE reevaluations SET started_at = NULL WHERE id = ANY($1)', [ids]);
  }

  async finish(ids: readonly string[], products: number, changed: number): Promise<void> {
    await this.dataSource.query(
      'UPDATE reevaluations SET finished_at = now(), products = $2, changed = $3 WHERE id = ANY($1)',
      [ids, products, changed],
    );
  }
}
