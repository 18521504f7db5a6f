import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent, ProductVersionRef } from '@mesh/contracts';
import { ProductReaders } from '@mesh/messaging';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { MonitoredVersionsRepository, type MonitoredVersion } from './monitored-versions.repository';
import { describeVersion } from './product-ref';
import { RegistryClient } from './registry-client';

/**
 * What the service monitors: the published versions, learnt from lifecycle events with their descriptors (rules and
 * SLAs) fetched from the registry, since the events carry only references.
 */
@Injectable()
export class ProductsService {
  constructor(
    private readonly repository: MonitoredVersionsRepository,
    private readonly registry: RegistryClient,
    private readonly alerts: AlertsService,
    private readonly readers: ProductReaders,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async learnPublished(manager: EntityManager, event: MeshEvent<'product.version.published'>): Promise<void> {
    const ref = event.payload.product;
    const descriptor = await this.registry.descriptor(ref);
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
   * The monitored version, learnt from the registry when data arrives before its published event was consumed
   * (they travel on different topics, so either may come first).
   */
  async versionFor(manager: EntityManager, ref: ProductVersionRef): Promise<MonitoredVersion> {
    const known = await this.repository.find(manager, ref);
    if (known !== null) return known;
    const [descriptor, outputPorts] = await Promise.all([this.registry.descriptor(ref), this.registry.ports(ref)]);
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
