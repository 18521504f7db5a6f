import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

/**
 * Work to do once a transaction has committed: queueing a job or waking a worker that reads rows the transaction
 * writes must wait for them to be visible. A failure is logged, not thrown: the transaction is committed, and the
 * service's periodic catch-up (its worker's polling, or re-queueing of unfinished work) finds the rows.
 * `serviceDatabaseModule` provides it to every service.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, (() => Promise<void>)[]>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Runs `work` after the transaction of `manager` commits; at once when `manager` is in none. */
  run(manager: EntityManager, work: () => Promise<void>): void {
    const runner = manager.queryRunner;
    if (runner === undefined || !runner.isTransactionActive) {
      this.start(work);
      return;
    }
    const works = this.pending.get(runner) ?? [];
    works.push(work);
    this.pending.set(runner, works);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Releasing a savepoint commits nothing yet.
    if (event.queryRunner.isTransactionActive) return;
    const works = this.pending.get(event.queryRunner) ?? [];
    this.pending.delete(event.queryRunner);
    works.forEach((work) => this.start(work));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private start(work: () => Promise<void>): void {
    work().catch((error: unknown) => this.logger.warn({ err: error }, 'work after commit failed; it is retried later'));
  }
}
