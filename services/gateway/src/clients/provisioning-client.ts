import { path, type ServiceHttp } from './service-http';

export interface PortFlowView {
  name: string;
  type: string;
  address: string;
  state: string;
  outcome: string | null;
  attempts: number;
  lastError: string | null;
}

export interface FlowView {
  kind: string;
  domain: string;
  product: string;
  version: string;
  state: string;
  jobId: string;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  ports: PortFlowView[];
}

export interface FlowPage {
  items: FlowView[];
  nextCursor: string | null;
}

/** The provisioning service's flows API. */
export class ProvisioningClient {
  constructor(private readonly http: ServiceHttp) {}

  flows(query: { state?: string; domain?: string; limit: number; cursor?: string }): Promise<FlowPage> {
    return this.http.get<FlowPage>('/v1/flows', query);
  }

  flow(domain: string, name: string, version: string): Promise<FlowView | null> {
    return this.http.find<FlowView>(path`/v1/flows/${domain}/${name}/${version}`);
  }

  retry(domain: string, name: string, version: string): Promise<FlowView> {
    return this.http.post<FlowView>(path`/v1/flows/${domain}/${name}/${version}/retry`);
  }
}
