import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent, ProductVersionRef } from '@mesh/contracts';
import { NonRetryableError, ProductReaders, VersionCopies } from '@mesh/messaging';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { MonitoredVersionsRepository, type MonitoredVersion } from './monitored-versions.repository';
import { describeVersion } from './product-ref';

/**
 * What the service monitors: the published versions, learnt from lifecycle events. Their descriptors (rules and
 * SLAs) are the copies kept from the proposals, so that no event waits on the registry.
 */
@Injectable()
export class ProductsService {
  constructor(
    private readonly repository: MonitoredVersionsRepository,
    private readonly copies: VersionCopies,
    private readonly alerts: AlertsService,
    private readonly readers: ProductReaders,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  rememberProposed(manager: EntityManager, event: MeshEvent<'product.version.proposed'>): Promise<void> {
    return this.copies.rememberProposed(manager, event);
  }

  /** Keeps the ports a version is being provisioned with, for data that comes before its publication. */
  rememberPorts(manager: EntityManager, event: MeshEvent<'product.provisioning.started'>): Promise<void> {
    return this.copies.rememberPorts(manager, event);
  }

  async learnPublished(manager: EntityManager, event: MeshEvent<'product.version.published'>): Promise<void> {
    const ref = event.payload.product;
    const descriptor = await this.copies.descriptor(manager, ref);
    await this.monitor(manager, {
      ref,
      descriptor,
      outputPorts: event.payload.outputPorts,
      publishedAt: new Date(event.occurredAt),
    });
    this.logger.info({ product: describeVersion(ref) }, 'monitoring a published version');
  }

  /** Stops monitoring a retired version, and closes its alerts. */
  async retire(manager: EntityManager, event: MeshEvent<'product.version.retired'>): Promise<void> {
    await this.repository.retire(manager, event.payload.product);
    await this.alerts.resolveRetired(manager, event.payload.product, { event });
  }

  /**
   * The monitored version, learnt from the copies of its lifecycle events when data arrives before its published
   * event was consumed (they travel on different topics, so either may come first).
   */
  async versionFor(manager: EntityManager, ref: ProductVersionRef): Promise<MonitoredVersion> {
    const known = await this.repository.find(manager, ref);
    if (known !== null) return known;
    const descriptor = await this.copies.descriptor(manager, ref);
    const outputPorts = (await this.copies.find(manager, ref))?.outputPorts ?? null;
    // Data can only be written to ports that provisioning made, so their provisioning must have started.
    if (outputPorts === null) throw new NonRetryableError(`${describeVersion(ref)} has data but no provisioned ports`);
    const learnt = { ref, descriptor, outputPorts, publishedAt: new Date() };
    await this.monitor(manager, learnt);
    return learnt;
  }

  /** Monitors the version, and hides its product's results and alerts from whom its visibility says. */
  private async monitor(manager: EntityManager, version: MonitoredVersion): Promise<void> {
    await this.repository.upsert(manager, version);
    await this.readers.recordVisibility(manager, version.ref, version.descriptor.spec.access.visibility);
  }
}
