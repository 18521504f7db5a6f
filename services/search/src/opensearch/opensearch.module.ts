import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from '@opensearch-project/opensearch';
import { CONFIG, ReadinessRegistry } from '@mesh/platform';
import type { SearchConfig } from '../config';
import { OPENSEARCH_CLIENT, ProductIndex } from './product-index';

/** Reports OpenSearch in /ready: without it nothing is found, though events keep being recorded. */
@Injectable()
class OpenSearchLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(OPENSEARCH_CLIENT) private readonly client: Client,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register({
      name: 'opensearch',
      probe: async () => {
        await this.client.cluster.health({ timeout: '2s' });
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

@Module({
  providers: [
    {
      provide: OPENSEARCH_CLIENT,
      inject: [CONFIG],
      // No retries inside the client: the indexer keeps failed work queued and tries again itself. Answers are
      // parsed with plain JSON.parse: the documents have a strict mapping written by this service, so no answer
      // carries keys such as __proto__, and the poisoning checks cost more than anything else in a search.
      useFactory: (config: SearchConfig) =>
        new Client({
          node: config.OPENSEARCH_URL,
          maxRetries: 0,
          requestTimeout: 10_000,
          disablePrototypePoisoningProtection: true,
        }),
    },
    ProductIndex,
    OpenSearchLifecycle,
  ],
  exports: [OPENSEARCH_CLIENT, ProductIndex],
})
export class OpenSearchModule {}
