import { Inject, Injectable } from '@nestjs/common';
import { AfterCommit } from '@mesh/messaging';
import { productOfUrn } from '@mesh/contracts';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { ComplianceRepository } from '../compliance/compliance.repository';
import { ReevaluationQueue } from '../compliance/reevaluation.queue';
import { LineageRepository, type LineageEdge } from '../lineage/lineage.repository';
import { ProductCopiesRepository } from '../products/product-copies.repository';
import type { ProductKey, VersionRef } from '../products/product-ref';

/**
 * Keeps governance's copies of versions and lineage current. Each change that can alter a readable version's
 * compliance queues a re-evaluation of the product, in the consumer's transaction; it runs after the commit.
 */
@Injectable()
export class LifecycleCopies {
  constructor(
    private readonly copies: ProductCopiesRepository,
    private readonly lineage: LineageRepository,
    private readonly compliance: ComplianceRepository,
    private readonly queue: ReevaluationQueue,
    private readonly afterCommit: AfterCommit,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  published(ref: VersionRef, manager: EntityManager): Promise<void> {
    return this.move(ref, manager, () => this.copies.setState(manager, ref, 'published'), 'published');
  }

  deprecated(ref: VersionRef, sunsetAt: Date | null, manager: EntityManager): Promise<void> {
    return this.move(ref, manager, () => this.copies.setState(manager, ref, 'deprecated', sunsetAt), 'deprecated');
  }

  retired(ref: VersionRef, manager: EntityManager): Promise<void> {
    return this.move(
      ref,
      manager,
      async () => {
        const known = await this.copies.setState(manager, ref, 'retired');
        if (known) await this.compliance.forget(manager, ref);
        return known;
      },
      'retired',
    );
  }

  async edgesChanged(added: LineageEdge[], removed: LineageEdge[], manager: EntityManager): Promise<void> {
    await this.lineage.apply(manager, added, removed);
    const products = new Map<string, ProductKey>();
    for (const { upstream, downstream } of [...added, ...removed]) {
      for (const product of [productOfUrn(upstream), productOfUrn(downstream)]) {
        if (product !== null) products.set(`${product.domain}/${product.name}`, product);
      }
    }
    for (const product of products.values()) {
      await this.queue.request(manager, { domain: product.domain, name: product.name }, 'lineage changed');
    }
    this.afterCommit.run(manager, async () => this.queue.wake());
  }

  private async move(
    ref: VersionRef,
    manager: EntityManager,
    change: () => Promise<boolean>,
    what: string,
  ): Promise<void> {
    if (!(await change())) {
      // Proposed before governance kept copies (or on another cluster): nothing to evaluate it with.
      this.logger.warn({ product: ref }, `a version governance never saw proposed was ${what}; ignored`);
      return;
    }
    await this.queue.request(manager, { domain: ref.domain, name: ref.name }, `version ${ref.version} ${what}`);
    this.afterCommit.run(manager, async () => this.queue.wake());
  }
}
