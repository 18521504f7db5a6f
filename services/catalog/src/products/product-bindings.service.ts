import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@mesh/contracts';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { gt, valid } from 'semver';
import { BindingsRepository } from './bindings.repository';
import { DescriptorsRepository } from './descriptors.repository';
import { contractOfPort, readDescriptor } from './product-contract';
import { RegistryClient } from './registry-client';

const ICEBERG_TABLE = 'iceberg-table';

/**
 * Learns which product port each table is, and the contract it must keep, from the product lifecycle: a proposal
 * carries the descriptor, a publication the provisioned addresses (`namespace.table`), a retirement ends the
 * binding. A publication whose proposal was missed (a catalog started later) asks the registry for the descriptor.
 */
@Injectable()
export class ProductBindingsService {
  constructor(
    private readonly descriptors: DescriptorsRepository,
    private readonly bindings: BindingsRepository,
    private readonly registry: RegistryClient,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async proposed(
    manager: EntityManager,
    { product, descriptor }: PayloadOf<'product.version.proposed'>,
  ): Promise<void> {
    const { domain, name, version } = product;
    await this.descriptors.put(manager, domain, name, version, JSON.parse(descriptor));
  }

  async published(
    manager: EntityManager,
    { product, outputPorts }: PayloadOf<'product.version.published'>,
  ): Promise<void> {
    const { domain, name, version } = product;
    const tables = outputPorts.filter((port) => port.type === ICEBERG_TABLE);
    if (tables.length === 0) return;
    const stored = await this.descriptors.find(manager, domain, name, version);
    const descriptor = readDescriptor(stored ?? (await this.registry.descriptor(domain, name, version)));
    for (const port of tables) {
      const dot = port.address.indexOf('.');
      const [namespace, table] = [port.address.slice(0, dot), port.address.slice(dot + 1)];
      const existing = await this.bindings.find(namespace, table, manager);
      // A table belongs to one product for good: another product's publication never takes it over, or that
      // product's grants would read this one's rows. The registry refuses such a descriptor at apply; this holds
      // whatever path an event came by.
      if (existing !== null && (existing.domain !== domain || existing.product !== name)) {
        this.logger.error(
          { table: port.address, holder: `${existing.domain}/${existing.product}`, claimant: `${domain}/${name}` },
          'a publication claims a table another product holds; the table stays bound to its holder',
        );
        continue;
      }
      // A late event of an older version must not take the table back from a newer one.
      if (
        existing !== null &&
        existing.product === name &&
        valid(existing.version) !== null &&
        gt(existing.version, version)
      )
        continue;
      await this.bindings.put(manager, {
        namespace,
        table,
        domain,
        product: name,
        version,
        port: port.name,
        contract: contractOfPort(descriptor, port.name),
      });
    }
  }

  async retired(manager: EntityManager, { product }: PayloadOf<'product.version.retired'>): Promise<void> {
    const { domain, name, version } = product;
    await this.bindings.removeVersion(manager, domain, name, version);
  }
}
