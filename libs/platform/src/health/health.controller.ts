import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessRegistry, withTimeout } from './readiness';

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessRegistry,
  ) {}

  /** Liveness: the process answers. It never looks at dependencies, so an outage of
   *  Kafka does not make an orchestrator restart every service at once. */
  @Get('health')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: every component this service uses answers; 503 with the same report when
   *  one does not, so the body names the component that is down. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.check();
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse();
    }
  }

  private check() {
    return this.health.check(
      this.readiness.list().map(({ name, probe }) => async (): Promise<HealthIndicatorResult> => {
        const indicator = this.indicators.check(name);
        try {
          await withTimeout(probe());
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  }
}
