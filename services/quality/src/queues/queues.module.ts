import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { CONFIG, ReadinessRegistry } from '@mesh/platform';
import { Redis } from 'ioredis';
import type { QualityConfig } from '../config';

/** The Redis connection BullMQ queues and workers share settings with; null retries per request, as workers need. */
export const REDIS = Symbol('REDIS');

@Injectable()
class RedisLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register({ name: 'redis', probe: () => this.redis.ping() });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit();
  }
}

@Module({
  providers: [
    {
      provide: REDIS,
      inject: [CONFIG],
      useFactory: (config: QualityConfig) => new Redis(config.REDIS_URL, { maxRetriesPerRequest: null }),
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class QueuesModule {}
