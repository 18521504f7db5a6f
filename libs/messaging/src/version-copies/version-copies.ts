import { Injectable } from '@nestjs/common';
import type { MeshEvent, OutputPort, ProductVersionRef } from '@mesh/contracts';
import type { DataProductDescriptor } from '@mesh/descriptor';
import type { EntityManager } from 'typeorm';
import { NonRetryableError } from '../errors';

/** What the lifecycle events said of a version: its descriptor when proposed, its ports when provisioning started. */
export interface VersionCopy {
  descriptor: DataProductDescriptor | null;
  outputPorts: OutputPort[] | null;
}

interface Row {
  descriptor: DataProductDescriptor | null;
  output_ports: OutputPort[] | null;
}

/**
 * The copy a consumer keeps of the state the registry's events carry, so that handling a later event of the same
 * version needs no call back to the registry: an HTTP call inside a consumer's transaction would hold the
 * transaction and the partition for as long as the registry takes to answer, or fail the event while it is down.
 * Each write runs in the transaction of the event it copies. `serviceDatabaseModule({ versionCopies: true })`
 * creates the table and provides this class.
 */
@Injectable()
export class VersionCopies {
  /** Keeps the descriptor a proposal carries; the registry validated it, and a version's descriptor never changes. */
  async rememberProposed(manager: EntityManager, event: MeshEvent<'product.version.proposed'>): Promise<void> {
    const { product, descriptor } = event.payload;
    await manager.query(
      `INSERT INTO version_copies (domain, name, version, descriptor) VALUES ($1, $2, $3, $4)
       ON CONFLICT (domain, name, version) DO UPDATE SET descriptor = EXCLUDED.descriptor`,
      [product.domain, product.name, product.version, descriptor],
    );
  }

  /** Keeps the output ports, with their addresses, that provisioning was started with. */
  async rememberPorts(manager: EntityManager, event: MeshEvent<'product.provisioning.started'>): Promise<void> {
    const { product, outputPorts } = event.payload;
    await manager.query(
      `INSERT INTO version_copies (domain, name, version, output_ports) VALUES ($1, $2, $3, $4)
       ON CONFLICT (domain, name, version) DO UPDATE SET output_ports = EXCLUDED.output_ports`,
      [product.domain, product.name, product.version, JSON.stringify(outputPorts)],
    );
  }

  async find(manager: EntityManager, ref: ProductVersionRef): Promise<VersionCopy | null> {
    const rows: Row[] = await manager.query(
      'SELECT descriptor, output_ports FROM version_copies WHERE domain = $1 AND name = $2 AND version = $3',
      [ref.domain, ref.name, ref.version],
    );
    return rows.length === 0 ? null : { descriptor: rows[0].descriptor, outputPorts: rows[0].output_ports };
  }

  /**
   * The descriptor kept from the version's proposal. Without one (the service missed the proposal: it was
   * deployed after it, or the event aged out of the topic), the event cannot be handled here: it goes to the dead
   * letters, to be replayed once `product.version.proposed` of the version has been replayed too.
   */
  async descriptor(manager: EntityManager, ref: ProductVersionRef): Promise<DataProductDescriptor> {
    const descriptor = (await this.find(manager, ref))?.descriptor ?? null;
    if (descriptor === null) {
      throw new NonRetryableError(
        `no descriptor of ${ref.domain}/${ref.name} ${ref.version} was kept: its product.version.proposed was not consumed`,
      );
    }
    return descriptor;
  }
}
