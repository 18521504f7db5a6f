import { Inject, Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@mesh/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { ServiceName } from '../clients/service-error';

/** Who a service call is for: a client's query, or the gateway's own work for its subscribers. */
export type CallPurpose = 'query' | 'subscriptions';

/** Operation names become a label; past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What /metrics tells about the gateway, beside the platform's HTTP and process metrics. */
@Injectable()
export class GatewayMetrics {
  readonly operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  readonly serviceCalls: Histogram<'service' | 'outcome' | 'for'>;
  readonly activeSubscriptions: Gauge<'field'>;
  readonly eventsFannedOut: Counter<'field'>;
  readonly droppedSubscribers: Counter<'reason'>;
  readonly eventsReceived: Counter<'type'>;
  private readonly operationNames = new Set<string>();

  constructor(@Inject(MetricsRegistry) metrics: MetricsRegistry) {
    const registers = [metrics.registry];
    this.operationDuration = new Histogram({
      name: 'gateway_operation_duration_seconds',
      help: 'GraphQL operations by name, type and outcome (ok, or errors)',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    });
    this.serviceCalls = new Histogram({
      name: 'gateway_service_call_duration_seconds',
      help: 'Calls from the gateway to each service by outcome (ok, refused, unavailable), for queries or for subscriptions',
      labelNames: ['service', 'outcome', 'for'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    });
    this.activeSubscriptions = new Gauge({
      name: 'gateway_active_subscriptions',
      help: 'Subscriptions running now, by subscription field',
      labelNames: ['field'],
      registers,
    });
    this.eventsFannedOut = new Counter({
      name: 'gateway_events_fanned_out_total',
      help: 'Events delivered to subscribers (one per subscriber reached), by subscription field',
      labelNames: ['field'],
      registers,
    });
    this.droppedSubscribers = new Counter({
      name: 'gateway_dropped_subscribers_total',
      help: 'Subscriber connections closed by the gateway: too slow, token revoked or expired',
      labelNames: ['reason'],
      registers,
    });
    this.eventsReceived = new Counter({
      name: 'gateway_events_received_total',
      help: 'Mesh events read from Kafka, by event type',
      labelNames: ['type'],
      registers,
    });
  }

  operationLabel(name: string | null | undefined): string {
    if (name === null || name === undefined || !NAME.test(name)) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  observeServiceCall(service: ServiceName, purpose: CallPurpose, outcome: string, seconds: number): void {
    this.serviceCalls.observe({ service, outcome, for: purpose }, seconds);
  }
}
