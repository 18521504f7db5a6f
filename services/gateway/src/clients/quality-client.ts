import { path, type ServiceHttp } from './service-http';

export interface AlertView {
  id: string;
  domain: string;
  name: string;
  version: string;
  ruleKey: string;
  kind: string;
  severity: string;
  message: string;
  state: string;
  raisedCount: number;
  firstRaisedAt: string;
  lastRaisedAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  acknowledgementNote: string | null;
  resolvedAt: string | null;
  resolution: string | null;
}

export interface AlertPage {
  items: AlertView[];
  nextCursor: string | null;
  total: number;
}

export interface RuleResultView {
  id: string;
  runId: string;
  version: string;
  port: string;
  snapshotId: string | null;
  source: string;
  ruleId: string;
  severity: string;
  dimension: string | null;
  observed: number | null;
  threshold: string | null;
  outcome: string;
  message: string | null;
  checkedAt: string;
}

export interface ResultPage {
  items: RuleResultView[];
  nextCursor: string | null;
}

export interface ScoreView {
  domain: string;
  name: string;
  version: string;
  score: number | null;
  rules: RuleResultView[];
  external: RuleResultView[];
}

/** A product's score as the batch route gives it, without the rule results. */
export interface ScoreSummaryView {
  domain: string;
  name: string;
  version: string;
  score: number | null;
  openAlerts: number;
  tier: string;
}

/** Where a product's latest published version stands against its SLA, as quality judges it now. */
export interface SlaView {
  status: 'met' | 'breached' | 'unknown';
}

export interface AlertQuery {
  state?: readonly string[];
  domain?: string;
  severity?: readonly string[];
  limit: number;
  cursor?: string;
}

/** The quality service: scores, rule results and alerts. */
export class QualityClient {
  constructor(private readonly http: ServiceHttp) {}

  alerts(query: AlertQuery): Promise<AlertPage> {
    return this.http.get<AlertPage>('/v1/alerts', { ...query });
  }

  async openAlerts(domain: string, name: string): Promise<AlertView[]> {
    return (await this.http.get<{ items: AlertView[] }>(path`/v1/products/${domain}/${name}/alerts`)).items;
  }

  /** Null when quality does not monitor the product (it has no published version yet). */
  score(domain: string, name: string): Promise<ScoreView | null> {
    return this.http.find<ScoreView>(path`/v1/products/${domain}/${name}/score`);
  }

  /** Null when quality does not monitor the product (it has no published version yet). */
  sla(domain: string, name: string): Promise<SlaView | null> {
    return this.http.find<SlaView>(path`/v1/products/${domain}/${name}/sla`);
  }

  /** The scores of many products in one call: the batch behind the gateway's DataLoader. */
  async scores(products: readonly string[]): Promise<ScoreSummaryView[]> {
    return (await this.http.get<{ items: ScoreSummaryView[] }>('/v1/scores', { product: products })).items;
  }

  results(domain: string, name: string, query: { rule?: string; limit: number; cursor?: string }): Promise<ResultPage> {
    return this.http.get<ResultPage>(path`/v1/products/${domain}/${name}/results`, query);
  }

  acknowledge(id: string, note: string | undefined): Promise<AlertView> {
    return this.http.post<AlertView>(path`/v1/alerts/${id}/acknowledge`, note === undefined ? {} : { note });
  }
}
