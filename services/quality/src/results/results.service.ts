import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Severity } from '@mesh/descriptor';
import { errorFamily } from '@mesh/platform';
import type { DataSource } from 'typeorm';
import { ChecksRepository, type ResultView } from '../checks/checks.repository';
import { qualityScore } from '../checks/score';
import { MonitoredVersionsRepository } from '../products/monitored-versions.repository';
import type { ResultsQuery } from './results.requests';

export const ResultsError = errorFamily('ResultsError', { product_not_monitored: 404 });

export interface ResultsPage {
  items: ResultView[];
  nextCursor: string | null;
}

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

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checks: ChecksRepository,
    private readonly versions: MonitoredVersionsRepository,
  ) {}

  async history(domain: string, name: string, query: ResultsQuery): Promise<ResultsPage> {
    await this.requireMonitored(domain, name);
    const rows = await this.checks.history(
      this.dataSource.manager,
      { domain, name },
      { ruleId: query.rule, before: query.cursor, limit: query.limit + 1 },
    );
    const items = rows.slice(0, query.limit);
    return { items, nextCursor: rows.length > query.limit ? items[items.length - 1].id : null };
  }

  /** The score of the product's latest published version. */
  async score(domain: string, name: string): Promise<ProductScore> {
    const version = await this.requireMonitored(domain, name);
    const manager = this.dataSource.manager;
    const [rules, external] = await Promise.all([
      this.checks.latestPerRule(manager, version.ref, 'platform'),
      this.checks.latestPerRule(manager, version.ref, 'external'),
    ]);
    return {
      ...version.ref,
      score:
        rules.length === 0
          ? null
          : qualityScore(rules.map((rule) => ({ severity: rule.severity as Severity, outcome: rule.outcome }))),
      rules,
      external,
    };
  }

  private async requireMonitored(domain: string, name: string) {
    const version = await this.versions.latest(this.dataSource.manager, domain, name);
    if (version === null) {
      throw new ResultsError('product_not_monitored', `product ${domain}/${name} has no published version monitored`);
    }
    return version;
  }
}
