import { path, type ServiceHttp } from './service-http';

export interface PolicyEvaluationView {
  policyId: string;
  policyVersion: number;
  severity: string;
  outcome: string;
  message: string | null;
}

export interface DecisionView {
  decisionId: string;
  trigger: string;
  outcome: string;
  evaluations: PolicyEvaluationView[];
  waived?: string[] | null;
  evaluatedAt: string;
}

export interface DryRunView {
  outcome: string;
  evaluations: PolicyEvaluationView[];
  waived: string[];
  valid: boolean;
  problems: { pointer: string; message: string }[];
  previousVersion: string | null;
}

export interface PolicyView {
  id: string;
  title: string;
  description: string | null;
  scope: string;
  severity: string;
  target: string;
  expression: string;
  message: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface PolicyRevisionView {
  revision: number;
  change: string;
  policy: unknown;
  changedBy: string | null;
  changedAt: string;
}

export interface ComplianceFiguresView {
  products: number;
  passing: number;
  passRate: number;
  openViolations: { total: number; blocking: number; warning: number };
  trend: { day: string; passRate: number; openViolations: number }[];
}

export interface DomainComplianceView extends ComplianceFiguresView {
  domain: string;
  violations?: unknown[];
}

export interface MeshComplianceView {
  overall: ComplianceFiguresView;
  domains: DomainComplianceView[];
}

export interface WaiverView {
  id: string;
  product: string;
  policyId: string;
  reason: string;
  expiresAt: string;
  approver: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  active: boolean;
}

interface Items<T> {
  items: T[];
}

/** The governance service's API: policies, decisions, the dry run, compliance and waivers. */
export class GovernanceClient {
  constructor(private readonly http: ServiceHttp) {}

  async decisions(domain: string, name: string, version: string): Promise<DecisionView[]> {
    return (await this.http.get<Items<DecisionView>>(path`/v1/decisions/${domain}/${name}/${version}`)).items;
  }

  evaluate(descriptor: string, contentType: string): Promise<DryRunView> {
    return this.http.post<DryRunView>('/v1/evaluate', descriptor, contentType);
  }

  policies(): Promise<PolicyView[]> {
    return this.http.everyPage<PolicyView>('/v1/policies');
  }

  policy(id: string): Promise<PolicyView | null> {
    return this.http.find<PolicyView>(path`/v1/policies/${id}`);
  }

  async revisions(id: string): Promise<PolicyRevisionView[]> {
    return (await this.http.get<Items<PolicyRevisionView>>(path`/v1/policies/${id}/revisions`)).items;
  }

  putPolicy(id: string, policy: object): Promise<PolicyView> {
    return this.http.put<PolicyView>(path`/v1/policies/${id}`, { id, ...policy });
  }

  meshCompliance(): Promise<MeshComplianceView> {
    return this.http.get<MeshComplianceView>('/v1/compliance');
  }

  domainCompliance(domain: string): Promise<DomainComplianceView | null> {
    return this.http.find<DomainComplianceView>(path`/v1/compliance/${domain}`);
  }

  waivers(product: string | undefined, activeOnly: boolean): Promise<WaiverView[]> {
    return this.http.everyPage<WaiverView>('/v1/waivers', { product, active: activeOnly ? undefined : 'false' });
  }

  createWaiver(waiver: { product: string; policyId: string; reason: string; expiresAt: string }): Promise<WaiverView> {
    return this.http.post<WaiverView>('/v1/waivers', waiver);
  }
}
