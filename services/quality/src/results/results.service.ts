import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toPage, type Page } from '@mesh/platform';
import type { DataSource } from 'typeorm';
import { ChecksRepository, type ResultView } from '../checks/checks.repository';
import { qualityTier, type QualityTier } from '@mesh/descriptor';
import { versionScore } from '../checks/score';
import { requireLatestMonitored } from '../products/latest-monitored';
import { MonitoredVersionsRepository } from '../products/monitored-versions.repository';
import type { ProductKey } from '../requests/parameters';
import type { ResultsQuery } from './results.requests';
import { ScoresRepository } from './scores.repository';

export interface ProductScore {
  domain: string;
  name: string;
  version: string;
  /** Weighted share of the version's rules whose latest result passed (blocking 2, warning 1); null before any check. */
  score: number | null;
  /** The latest result of each rule the platform checks. */
  rules: ResultView[];
  /** The latest result of each assertion the product's pipelines reported themselves; not part of the score. */
  external: ResultView[];
}

/** A product's current score without its rules, as a batch returns it. */
export interface ScoreSummary {
  domain: string;
  name: string;
  version: string;
  score: number | null;
  openAlerts: number;
  tier: QualityTier;
}

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checks: ChecksRepository,
    private readonly versions: MonitoredVersionsRepository,
    private readonly scoreInputs: ScoresRepository,
  ) {}

  async history(domain: string, name: string, query: ResultsQuery): Promise<Page<ResultView>> {
    const manager = this.dataSource.manager;
    await requireLatestMonitored(this.versions, manager, domain, name);
    const rows = await this.checks.history(
      manager,
      { domain, name },
      { ruleId: query.rule, before: query.cursor?.[0], limit: query.limit + 1 },
    );
    return toPage(rows, query.limit, (row) => [row.id]);
  }

  /** The score of the product's latest published version. */
  async score(domain: string, name: string): Promise<ProductScore> {
    const manager = this.dataSource.manager;
    const version = await requireLatestMonitored(this.versions, manager, domain, name);
    const [rules, external] = await Promise.all([
      this.checks.latestPerRule(manager, version.ref, 'platform'),
      this.checks.latestPerRule(manager, version.ref, 'external'),
    ]);
    return {
      ...version.ref,
      score: versionScore(rules),
      rules,
      external,
    };
  }

  /** The current score of each product asked for that is monitored, in the order asked; the others are left out. */
  async scores(products: readonly ProductKey[]): Promise<ScoreSummary[]> {
    const inputs = await this.scoreInputs.inputsOf(this.dataSource.manager, products);
    const byProduct = new Map(inputs.map((input) => [`${input.domain}/${input.name}`, input]));
    return products.flatMap(({ domain, name }) => {
      const input = byProduct.get(`${domain}/${name}`);
      if (input === undefined) return [];
      const score = versionScore(input.latestPerRule);
      return [{ domain, name, version: input.version, score, openAlerts: input.openAlerts, tier: qualityTier(score) }];
    });
  }
}
