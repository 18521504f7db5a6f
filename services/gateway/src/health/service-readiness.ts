import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CONFIG, ReadinessRegistry } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import type { ServiceName } from '../clients/service-error';

/** /ready reports every service the gateway composes: a query needing one that is down gets an error for it. */
@Injectable()
export class ServiceReadiness implements OnModuleInit {
  constructor(
    @Inject(CONFIG) private readonly config: GatewayConfig,
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    for (const [name, url] of Object.entries(serviceUrls(this.config))) {
      this.readiness.register({
        name,
        probe: async () => {
          const response = await fetch(`${url.replace(/\/+$/, '')}/health`);
          if (!response.ok) throw new Error(`${name} answered ${response.status} at ${url}/health`);
        },
      });
    }
  }
}

/** Where each service the gateway composes answers. */
export function serviceUrls(config: GatewayConfig): Record<ServiceName, string> {
  return {
    registry: config.REGISTRY_URL,
    governance: config.GOVERNANCE_URL,
    provisioning: config.PROVISIONING_URL,
    quality: config.QUALITY_URL,
    search: config.SEARCH_URL,
    lineage: config.LINEAGE_URL,
  };
}
