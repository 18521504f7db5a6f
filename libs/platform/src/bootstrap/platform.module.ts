import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import { HealthController } from '../health/health.controller';
import { ReadinessRegistry } from '../health/readiness';
import { MetricsController, MetricsRegistry } from '../metrics/metrics';

/** Injection tokens for what the platform hands every service. */
export const CONFIG = 'mesh:config';
export const LOGGER = 'mesh:logger';
export const SERVICE_NAME = 'mesh:service-name';

export interface PlatformOptions {
  service: string;
  config: object;
  logger: Logger;
}

@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [TerminusModule.forRoot({ logger: false, errorLogStyle: 'json' })],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        { provide: SERVICE_NAME, useValue: options.service },
        ReadinessRegistry,
        MetricsRegistry,
      ],
      exports: [CONFIG, LOGGER, SERVICE_NAME, ReadinessRegistry, MetricsRegistry],
    };
  }
}
