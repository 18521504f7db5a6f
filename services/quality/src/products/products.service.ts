import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent, ProductVersionRef } from '@mesh/contracts';
import { ProductReaders, VersionCopies } from '@mesh/messaging';
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
   * event was consumed (they travel on different topics, so either may come first). Null while even its proposal or
   * the start of its provisioning has not been consumed here: after a restart this service's partitions of the
   * registry's topic can lag behind those of the catalog's, so the data of a new version can come first.
   */
  async knownVersion(manager: EntityManager, ref: ProductVersionRef): Promise<MonitoredVersion | null> {
    const known = await this.repository.find(manager, ref);
    if (known !== null) return known;
    const copy = await this.copies.find(manager, ref);
    // Data can only be written to ports that provisioning made, so their provisioning must have started.
    if (copy === null || copy.descriptor === null || copy.outputPorts === null) return null;
    const learnt = { ref, descriptor: copy.descriptor, outputPorts: copy.outputPorts, publishedAt: new Date() };
    await this.monitor(manager, learnt);
    return learnt;
  }

  /** As knownVersion, for work that is retried until the version's lifecycle events have been consumed. */
  async versionFor(manager: EntityManager, ref: ProductVersionRef): Promise<MonitoredVersion> {
    const version = await this.knownVersion(manager, ref);
    if (version === null)
      throw new Error(
        `${describeVersion(ref)} is not known here yet: its product.version.proposed or product.provisioning.started has not been consumed`,
      );
    return version;
  }

  /** Monitors the version, and hides its product's results and alerts from whom its visibility says. */
  private async monitor(manager: EntityManager, version: MonitoredVersion): Promise<void> {
    await this.repository.upsert(manager, version);
    await this.readers.recordVisibility(manager, version.ref, version.descriptor.spec.access.visibility);
  }
}
