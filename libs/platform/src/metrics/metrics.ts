import { Controller, Get, Header, Injectable } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per service process; libraries add their metrics to it. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
  }

  /** Express middleware; the route label is the matched route pattern, never the raw URL,
   *  so ids in paths do not explode the label cardinality. */
  httpMiddleware() {
    return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
      const stop = this.httpDuration.startTimer();
      response.on('finish', () => {
        const route = (request as IncomingMessage & { route?: { path?: string } }).route?.path ?? 'unmatched';
        stop({ method: request.method ?? 'GET', route, status: String(response.statusCode) });
      });
      next();
    };
  }
}

@ApiExcludeController()
@Controller()
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
