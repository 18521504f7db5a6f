import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { createRegistryClient } from '@mesh/registry-client';
import type { GatewayConfig } from '../config';
import { GatewayMetrics, type CallPurpose } from '../graphql/gateway-metrics';
import { GovernanceClient } from './governance-client';
import { LineageClient } from './lineage-client';
import { ProvisioningClient } from './provisioning-client';
import { QualityClient } from './quality-client';
import { RegistryGateway } from './registry-client';
import { SearchClient } from './search-client';
import type { ServiceName } from './service-error';
import { ServiceHttp } from './service-http';

/** One typed client per service, all acting for one caller within one query's deadline. */
export interface ServiceClients {
  registry: RegistryGateway;
  governance: GovernanceClient;
  provisioning: ProvisioningClient;
  quality: QualityClient;
  search: SearchClient;
  lineage: LineageClient;
}

/** Makes the clients of a request: the caller's token on every call, the query's deadline on every call. */
@Injectable()
export class ServiceClientsFactory {
  constructor(
    @Inject(CONFIG) private readonly config: GatewayConfig,
    private readonly metrics: GatewayMetrics,
  ) {}

  forCaller(token: string, deadline: AbortSignal, purpose: CallPurpose = 'query'): ServiceClients {
    const http = (service: ServiceName, baseUrl: string) =>
      new ServiceHttp(
        service,
        baseUrl.replace(/\/+$/, ''),
        token,
        deadline,
        this.config.SERVICE_TIMEOUT_MS,
        (called, outcome, seconds) => this.metrics.observeServiceCall(called, purpose, outcome, seconds),
      );
    return {
      registry: new RegistryGateway(
        createRegistryClient({
          baseUrl: this.config.REGISTRY_URL,
          token,
          timeoutMs: this.config.SERVICE_TIMEOUT_MS,
          fetch: (request) => this.observedRegistryFetch(request, deadline, purpose),
        }),
      ),
      governance: new GovernanceClient(http('governance', this.config.GOVERNANCE_URL)),
      provisioning: new ProvisioningClient(http('provisioning', this.config.PROVISIONING_URL)),
      quality: new QualityClient(http('quality', this.config.QUALITY_URL)),
      search: new SearchClient(http('search', this.config.SEARCH_URL)),
      lineage: new LineageClient(http('lineage', this.config.LINEAGE_URL)),
    };
  }

  private async observedRegistryFetch(
    request: Request,
    deadline: AbortSignal,
    purpose: CallPurpose,
  ): Promise<Response> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await fetch(new Request(request, { signal: AbortSignal.any([request.signal, deadline]) }));
      const outcome =
        response.ok || response.status === 404 ? 'ok' : response.status >= 500 ? 'unavailable' : 'refused';
      this.metrics.observeServiceCall('registry', purpose, outcome, seconds());
      return response;
    } catch (error) {
      this.metrics.observeServiceCall('registry', purpose, 'unavailable', seconds());
      throw error;
    }
  }
}
