import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProductVersionRef } from '@mesh/contracts';
import { portTable } from '@mesh/descriptor';
import { CONFIG, LOGGER } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { chooseEngine, type TrinoPolicy } from '../engines/engine-choice';
import { TrinoClient } from '../engines/trino-client';
import { evaluateOnTrino } from '../engines/trino-evaluator';
import type { QualityConfig } from '../config';
import type { Cause } from '../events/quality-events';
import { QualityEvents } from '../events/quality-events';
import { IcebergError } from '../iceberg/table-metadata';
import { describeVersion } from '../products/product-ref';
import { ProductsService } from '../products/products.service';
import { rulesOf, type CheckRule } from '../rules/check-rule';
import { emptySnapshotOutcomes } from '../rules/rule-engine';
import { evaluateRules } from '../rules/rule-evaluator';
import { errored, type RuleOutcome } from '../rules/rule-outcome';
import { describeThreshold, thresholdLimit } from '../rules/threshold';
import type { CheckJob } from './check-job';
import { ChecksRepository } from './checks.repository';
import { qualityScore } from './score';
import { SnapshotFiles, type SnapshotLocation } from './snapshot-files';

/**
 * Checks a published snapshot against the rules of its port's table, records every result with the run's score,
 * and keeps the alerts in step: a failing blocking rule (or one that could not run) raises its alert, a rule that
 * passes again resolves it. Results, alerts and their events commit together.
 */
@Injectable()
export class ChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: QualityConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly products: ProductsService,
    private readonly snapshots: SnapshotFiles,
    private readonly repository: ChecksRepository,
    private readonly alerts: AlertsService,
    private readonly events: QualityEvents,
  ) {
    this.trinoPolicy = {
      available: config.TRINO_URL !== undefined,
      minRows: config.QUALITY_TRINO_MIN_ROWS,
      minBytes: config.QUALITY_TRINO_MIN_BYTES,
      domains: config.QUALITY_TRINO_DOMAINS,
    };
    // Trino reads as this service's principal: its token goes to the catalog with every request Trino makes.
    const token = config.CATALOG_TOKEN ?? config.REGISTRY_TOKEN;
    this.trino =
      config.TRINO_URL === undefined
        ? null
        : { trino: new TrinoClient(config.TRINO_URL, config.TRINO_USER, token), catalog: config.TRINO_CATALOG };
  }

  private readonly trinoPolicy: TrinoPolicy;
  private readonly trino: { trino: TrinoClient; catalog: string } | null;

  async check(job: CheckJob): Promise<void> {
    const version = await this.dataSource.transaction((manager) => this.products.versionFor(manager, job.product));
    const port = version.descriptor.spec.outputPorts.find((candidate) => candidate.name === job.port);
    const address = job.table ?? version.outputPorts.find((candidate) => candidate.name === job.port)?.address;
    if (port === undefined || port.type !== 'iceberg-table' || address === undefined) {
      this.logger.warn(
        { product: describeVersion(job.product), port: job.port },
        'data published to a port that is not a provisioned Iceberg table of the version: nothing to check',
      );
      return;
    }
    const table = portTable(port);
    const rules = rulesOf(version.descriptor.spec.contract).filter((rule) => rule.table === table);
    const evaluated = await this.evaluate(
      { table: address, metadataLocation: job.metadataLocation, snapshotId: job.snapshotId },
      table,
      rules,
      job.product.domain,
    );
    if (evaluated === null) {
      this.logger.debug({ snapshotId: job.snapshotId }, 'snapshot superseded within its commit: not checked');
      return;
    }
    const { snapshotId, outcomes } = evaluated;
    await this.dataSource.transaction((manager) =>
      this.record(manager, job, snapshotId, rules, outcomes, { event: job.cause }),
    );
  }

  /**
   * The rules' outcomes; a snapshot that cannot be read (delete files, remote storage) fails every rule with why.
   * Null for a snapshot its own commit superseded, which no reader ever saw.
   */
  private async evaluate(
    location: SnapshotLocation,
    table: string,
    rules: readonly CheckRule[],
    domain: string,
  ): Promise<{ snapshotId: string | null; outcomes: RuleOutcome[] } | null> {
    try {
      const located = await this.snapshots.locate(location);
      if (located === null) return null;
      const { snapshotId, snapshot } = located;
      const sqlTimeoutMs = this.config.SQL_RULE_TIMEOUT_MS;
      const choice = chooseEngine(snapshot?.summary, domain, this.trinoPolicy);
      this.logger.debug({ table: location.table, snapshotId, ...choice }, 'checking a snapshot');
      if (choice.engine === 'trino' && this.trino !== null && snapshotId !== null) {
        // A snapshot without data files is judged without a query, on either engine.
        if (snapshot?.summary?.['total-data-files'] === '0')
          return { snapshotId, outcomes: emptySnapshotOutcomes(rules) };
        const { trino } = this;
        const identifier = location.table;
        const outcomes = await evaluateOnTrino({ ...trino, identifier, snapshotId, table, rules, sqlTimeoutMs });
        return { snapshotId, outcomes };
      }
      const files = await this.snapshots.dataFiles(snapshot);
      return { snapshotId, outcomes: await evaluateRules({ table, files, rules, sqlTimeoutMs }) };
    } catch (error) {
      // Anything else (the catalog unreachable) is worth a retry of the job.
      if (!(error instanceof IcebergError)) throw error;
      const message = `the snapshot could not be read: ${error.message}`;
      return { snapshotId: location.snapshotId, outcomes: rules.map((rule) => errored(rule.id, message)) };
    }
  }

  private async record(
    manager: EntityManager,
    job: CheckJob,
    snapshotId: string | null,
    rules: readonly CheckRule[],
    outcomes: readonly RuleOutcome[],
    cause: Cause,
  ): Promise<void> {
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    const score = qualityScore(
      outcomes.map((outcome) => ({ ...outcome, severity: byId.get(outcome.ruleId)!.severity })),
    );
    const runId = randomUUID();
    const recorded = await this.repository.insertRun(
      manager,
      {
        id: runId,
        product: job.product,
        port: job.port,
        snapshotId,
        committedAt: new Date(job.committedAt),
        source: 'platform',
        causeId: job.cause.eventId,
        score,
      },
      outcomes.map((outcome) => {
        const rule = byId.get(outcome.ruleId)!;
        return {
          ...outcome,
          severity: rule.severity,
          dimension: rule.dimension,
          threshold: describeThreshold(rule.threshold),
        };
      }),
    );
    if (!recorded) return;
    await this.events.emit(
      manager,
      'quality.check.completed',
      job.product,
      {
        runId,
        product: job.product,
        port: job.port,
        snapshotId,
        results: outcomes.map((outcome) => ({
          ruleId: outcome.ruleId,
          observed: outcome.observed,
          threshold: thresholdLimit(byId.get(outcome.ruleId)!.threshold),
          outcome: outcome.outcome,
          message: outcome.message,
        })),
        score,
      },
      cause,
    );
    // Checks of one port run concurrently; a check that finishes after a later snapshot's leaves the alerts alone.
    if (await this.repository.isLatest(manager, job.product, job.port, new Date(job.committedAt))) {
      await this.updateAlerts(manager, job.product, rules, outcomes, cause);
    }
  }

  private async updateAlerts(
    manager: EntityManager,
    product: ProductVersionRef,
    rules: readonly CheckRule[],
    outcomes: readonly RuleOutcome[],
    cause: Cause,
  ): Promise<void> {
    const open = await this.alerts.openKeys(manager, product);
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    for (const outcome of outcomes) {
      const rule = byId.get(outcome.ruleId)!;
      const alarming = rule.severity === 'blocking' && (outcome.outcome === 'fail' || outcome.outcome === 'error');
      if (alarming) {
        await this.alerts.raise(
          manager,
          {
            product,
            ruleKey: rule.id,
            kind: 'quality',
            severity: 'critical',
            message: `${describeVersion(product)}: rule ${rule.id} on ${rule.table}${rule.field === null ? '' : `.${rule.field}`} ${outcome.outcome === 'fail' ? 'failed' : 'could not run'}: ${outcome.message ?? ''}`,
          },
          cause,
        );
      } else if (open.has(rule.id) && outcome.outcome !== 'error') {
        await this.alerts.resolve(manager, product, rule.id, cause);
      }
    }
  }
}
