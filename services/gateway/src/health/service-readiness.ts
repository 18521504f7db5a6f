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
    const urls: Record<ServiceName, string> = {
      registry: this.config.REGISTRY_URL,
      governance: this.config.GOVERNANCE_URL,
      provisioning: this.config.PROVISIONING_URL,
      quality: this.config.QUALITY_URL,
      search: this.config.SEARCH_URL,
      lineage: this.config.LINEAGE_URL,
    };
    for (const [name, url] of Object.entries(urls)) {
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
