import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeshEvent } from '@mesh/contracts';
import { durationMs } from '@mesh/descriptor';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { freshnessRuleKey } from '../alerts/alert.model';
import { AlertsService } from '../alerts/alerts.service';
import { QualityEvents, type Cause } from '../events/quality-events';
import type { MonitoredVersion } from '../products/monitored-versions.repository';
import { describeVersion } from '../products/product-ref';
import { ProductsService } from '../products/products.service';
import { MonitoredVersionsRepository } from '../products/monitored-versions.repository';
import { requireLatestMonitored } from '../products/latest-monitored';
import { judgeFreshness } from './freshness';
import { PortFreshnessRepository } from './port-freshness.repository';
import { productSla, type ProductSla } from './sla-status';

/**
 * Measured freshness: per output port, the time since its last data-published event against the contract's
 * freshness SLA. A breach emits quality.sla.breached and raises the port's freshness alert; data arriving again
 * emits quality.sla.restored and resolves it, at once (on the event) or at the next sweep.
 */
@Injectable()
export class FreshnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly products: ProductsService,
    private readonly versions: MonitoredVersionsRepository,
    private readonly repository: PortFreshnessRepository,
    private readonly alerts: AlertsService,
    private readonly events: QualityEvents,
  ) {}

  /** Records a publication of a port and judges that port again, in the consumer's transaction. */
  async recordPublication(manager: EntityManager, event: MeshEvent<'data.published'>): Promise<void> {
    const { product, port, committedAt } = event.payload;
    await this.repository.recordPublished(manager, product, port, new Date(committedAt));
    const version = await this.products.knownVersion(manager, product);
    // A version whose lifecycle events are still on their way is judged by the sweep once they have come.
    if (version === null) return;
    await this.judge(manager, version, port, new Date(), { event });
  }

  /** Where the product's latest published version stands against its SLA now. */
  async sla(domain: string, name: string): Promise<ProductSla> {
    const manager = this.dataSource.manager;
    const version = await requireLatestMonitored(this.versions, manager, domain, name);
    return productSla(version, await this.repository.ofVersion(manager, version.ref), new Date());
  }

  /** Judges every monitored port with a freshness SLA, each in a transaction of its own. */
  async sweep(now: Date): Promise<void> {
    const versions = await this.versions.active(this.dataSource.manager);
    for (const version of versions) {
      for (const port of portsUnderSla(version)) {
        await this.dataSource.transaction((manager) => this.judge(manager, version, port, now, {}));
      }
    }
  }

  private async judge(
    manager: EntityManager,
    version: MonitoredVersion,
    port: string,
    now: Date,
    cause: Cause,
  ): Promise<void> {
    const sla = version.descriptor.spec.contract.sla?.freshness;
    const maxDelayMs = sla === undefined ? undefined : durationMs(sla.maxDelay);
    if (maxDelayMs === undefined || !portsUnderSla(version).includes(port)) return;
    const row = await this.repository.lock(manager, version.ref, port);
    if (row === null) return;
    const verdict = judgeFreshness({
      maxDelayMs,
      lastDataAt: row.lastCommittedAt ?? version.publishedAt,
      breachedSince: row.breachedSince,
      now,
    });
    const product = version.ref;
    if (verdict.kind === 'breached') {
      await this.repository.setBreachedSince(manager, product, port, verdict.breachedSince);
      await this.events.emit(
        manager,
        'quality.sla.breached',
        product,
        {
          product,
          sla: 'freshness',
          objective: maxDelayMs,
          observed: verdict.ageMs,
          breachedSince: verdict.breachedSince.getTime(),
        },
        cause,
      );
      await this.alerts.raise(
        manager,
        {
          product,
          ruleKey: freshnessRuleKey(port),
          kind: 'freshness',
          severity: 'critical',
          message: `${describeVersion(product)}: port ${port} has had no new data for ${Math.round(verdict.ageMs / 1000)} s; its freshness SLA allows ${sla!.maxDelay}`,
        },
        cause,
      );
      this.logger.info({ product: describeVersion(product), port }, 'freshness SLA breached');
    } else if (verdict.kind === 'restored') {
      await this.repository.setBreachedSince(manager, product, port, null);
      await this.events.emit(
        manager,
        'quality.sla.restored',
        product,
        { product, sla: 'freshness', observed: verdict.ageMs, breachDurationMs: verdict.breachDurationMs },
        cause,
      );
      await this.alerts.resolve(manager, product, freshnessRuleKey(port), cause);
      this.logger.info({ product: describeVersion(product), port }, 'freshness SLA restored');
    }
  }
}

/** The ports the freshness SLA covers: the one it names, or every output port. */
function portsUnderSla(version: MonitoredVersion): string[] {
  const freshness = version.descriptor.spec.contract.sla?.freshness;
  if (freshness === undefined) return [];
  return freshness.port === undefined ? version.descriptor.spec.outputPorts.map((port) => port.name) : [freshness.port];
}
