import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { causedBy, newEvent, productUrn, type MeshEvent } from '@mesh/contracts';
import { Outbox } from '@mesh/messaging';
import { SERVICE_NAME } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import { compare } from 'semver';
import { DataSource } from 'typeorm';
import { EvaluationsRepository, type EvaluationRecord } from '../evaluation/evaluations.repository';
import type { CompiledPolicy } from '../evaluation/evaluator';
import { PolicyEngine } from '../evaluation/policy-engine';
import { LineageRepository, type ProductLineage } from '../lineage/lineage.repository';
import { ProductCopiesRepository, type VersionCopy } from '../products/product-copies.repository';
import { productKey, type ProductKey } from '../products/product-ref';
import { WaiversRepository } from '../waivers/waivers.repository';
import { ComplianceRepository, OVERALL, type ComplianceFigures, type VersionCompliance } from './compliance.repository';
import { complianceView } from './compliance.model';
import type { ReevaluationScope } from './reevaluation.queue';

/** Products per page: their versions are evaluated in memory and written in one transaction. */
const PAGE_SIZE = 1000;
const TREND_DAYS = 30;
const NO_LINEAGE: ProductLineage = { downstream: [], upstream: [] };
const NO_WAIVERS: ReadonlySet<string> = new Set();

export interface ReevaluationResult {
  products: number;
  changed: number;
}

/**
 * Continuous compliance: re-evaluates readable (published or deprecated) versions when policies, waivers, lineage
 * or lifecycle change, records their status and violations, and announces a `governance.decision.made` (trigger
 * policy_change) for each version whose outcome changed. Policies are compiled once per run, and each page of
 * products is written with a handful of set-based statements.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly copies: ProductCopiesRepository,
    private readonly engine: PolicyEngine,
    private readonly lineage: LineageRepository,
    private readonly waivers: WaiversRepository,
    private readonly compliance: ComplianceRepository,
    private readonly evaluations: EvaluationsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  async reevaluate(requests: readonly ReevaluationScope[]): Promise<ReevaluationResult> {
    const everything = requests.some((request) => request.domain === null);
    const scope = everything
      ? null
      : {
          domains: requests.filter((request) => request.name === null).map((request) => request.domain ?? ''),
          products: requests
            .filter((request) => request.name !== null)
            .map((request) => `${request.domain}/${request.name}`),
        };
    const [policies, lineage, waivers] = await Promise.all([
      this.engine.load(null),
      this.lineage.all(),
      this.waivers.allActive(),
    ]);
    const now = new Date();
    const total: ReevaluationResult = { products: 0, changed: 0 };
    for (let after: ProductKey | null = null; ;) {
      const page = await this.copies.readableProducts(after, PAGE_SIZE, scope);
      if (page.length === 0) break;
      const result = await this.reevaluatePage(page, { policies, lineage, waivers, now });
      total.products += result.products;
      total.changed += result.changed;
      if (page.length < PAGE_SIZE) break;
      after = page[page.length - 1];
    }
    return total;
  }

  async report(domain?: string) {
    const figures = await this.compliance.figures(domain);
    const trend = await this.compliance.trend(
      domain === undefined ? [OVERALL, ...figures.map((f) => f.domain)] : [domain],
      TREND_DAYS,
    );
    const view = (figure: ComplianceFigures) => complianceView(figure, trend);
    const empty: ComplianceFigures = { domain: domain ?? OVERALL, products: 0, passing: 0, blocking: 0, warning: 0 };
    if (domain !== undefined) {
      const own = figures.find((figure) => figure.domain === domain) ?? empty;
      return { domain, ...view(own), violations: await this.compliance.openViolations(domain) };
    }
    return {
      overall: view(figures.find((figure) => figure.domain === OVERALL) ?? empty),
      domains: figures
        .filter((figure) => figure.domain !== OVERALL)
        .map((figure) => ({ domain: figure.domain, ...view(figure) })),
    };
  }

  snapshot(): Promise<void> {
    return this.compliance.snapshot();
  }

  private async reevaluatePage(
    page: readonly ProductKey[],
    run: {
      policies: readonly CompiledPolicy[];
      lineage: Map<string, ProductLineage>;
      waivers: Map<string, Set<string>>;
      now: Date;
    },
  ): Promise<ReevaluationResult> {
    const versions = await this.copies.readableVersionsOf(page);
    const results: VersionCompliance[] = [];
    for (const history of byProduct(versions).values()) {
      history.forEach((copy, index) => {
        const key = productKey(copy);
        const before = index > 0 ? history[index - 1] : null;
        const { outcome, evaluations } = this.engine.evaluate(
          run.policies,
          {
            domain: copy.domain,
            descriptor: copy.descriptor,
            valid: true,
            previous: before === null ? null : { descriptor: before.descriptor, sunsetAt: before.sunsetAt },
            lineage: run.lineage.get(key) ?? NO_LINEAGE,
            waived: run.waivers.get(key) ?? NO_WAIVERS,
          },
          run.now,
        );
        results.push({
          product: { domain: copy.domain, name: copy.name, version: copy.version },
          outcome,
          evaluations,
        });
      });
    }
    const changed = await this.dataSource.transaction(async (manager) => {
      const previous = await this.compliance.outcomes(
        manager,
        results.map((result) => result.product),
      );
      await this.compliance.save(manager, results);
      const changes = results.filter((result) => {
        const before = previous.get(`${result.product.domain}/${result.product.name}@${result.product.version}`);
        return before !== undefined && before !== result.outcome;
      });
      const records: EvaluationRecord[] = changes.map((result) => ({
        decisionId: randomUUID(),
        product: result.product,
        trigger: 'policy_change',
        outcome: result.outcome,
        evaluations: result.evaluations,
        waived: [],
      }));
      await this.evaluations.record(manager, records);
      await Outbox.addAll(
        manager,
        records.map((record) => this.decisionEvent(record)),
      );
      return changes.length;
    });
    return { products: results.length, changed };
  }

  decisionEvent(record: EvaluationRecord, cause?: MeshEvent): MeshEvent<'governance.decision.made'> {
    return newEvent('governance.decision.made', {
      subject: productUrn(record.product),
      producer: this.producer,
      ...(cause === undefined ? {} : causedBy(cause)),
      payload: {
        decisionId: record.decisionId,
        product: record.product,
        outcome: record.outcome,
        trigger: record.trigger,
        evaluations: [...record.evaluations],
      },
    });
  }
}

/** Readable versions grouped by product, each group in semver order: a version's previous is the one before it. */
function byProduct(versions: readonly VersionCopy[]): Map<string, VersionCopy[]> {
  const groups = new Map<string, VersionCopy[]>();
  for (const copy of versions) {
    const key = productKey(copy);
    groups.set(key, [...(groups.get(key) ?? []), copy]);
  }
  for (const group of groups.values()) group.sort((a, b) => compare(a.version, b.version));
  return groups;
}
