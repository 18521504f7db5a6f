import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { causedBy, newEvent, productUrn, type MeshEvent, type PayloadOf } from '@mesh/contracts';
import { compareContracts, type DataProductDescriptor } from '@mesh/descriptor';
import { Outbox, ProductReaders, VersionCopies } from '@mesh/messaging';
import { LOGGER, SERVICE_NAME } from '@mesh/platform';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { breadthFirst, pathTo } from '../graph/breadth-first';
import { LineageError } from '../lineage.errors';
import { productOfAddress, productNode, type ProductRef } from './product-ref';
import { ProductsRepository, type Direction, type ProductEdge } from './products.repository';

/** A product reached through lineage, with whom to tell and how far it is. */
export interface ReachedProduct {
  domain: string;
  name: string;
  ownerTeam: string | null;
  latestVersion: string | null;
  state: string | null;
  depth: number;
}

/** Impact analysis is transitive; this bound only guards against a pathological graph. */
const MAX_IMPACT_DEPTH = 1000;

/**
 * The product-level graph: edges from input ports (on publication) and from runs that read one product's dataset
 * and write another's, the walks over it, and impact analysis on deprecations and proposed breaking changes.
 */
/** The order of reached products: nearest first, then by URN. */
export function nearestFirst(a: ProductRef & { depth: number }, b: ProductRef & { depth: number }): number {
  return a.depth - b.depth || productUrn(a).localeCompare(productUrn(b));
}

@Injectable()
export class ProductLineageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
    private readonly copies: VersionCopies,
    private readonly readers: ProductReaders,
    @Inject(SERVICE_NAME) private readonly producer: string,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A published version: its owner, its ports (datasets map to it through them) and its declared upstreams. */
  async recordPublished(event: MeshEvent<'product.version.published'>, manager: EntityManager): Promise<void> {
    const { product, outputPorts } = event.payload;
    const urn = productUrn(product);
    const descriptor = await this.copies.descriptor(manager, product);
    await this.products.saveProduct(manager, {
      urn,
      domain: product.domain,
      name: product.name,
      // A descriptor may leave its owner out (a governance policy, not the schema, requires one).
      ownerTeam: descriptor.metadata.owner ?? null,
      latestVersion: product.version,
      state: 'published',
    });
    await this.products.replacePorts(manager, urn, product.version, outputPorts);
    await this.readers.recordVisibility(manager, product, descriptor.spec.access.visibility);
    const upstreams = (descriptor.spec.inputPorts ?? [])
      .map((port) => productOfAddress(port.address))
      .filter((ref): ref is ProductRef => ref !== undefined)
      .map(productUrn)
      .filter((upstream) => upstream !== urn);
    const changes = await this.products.replaceDeclaredEdges(manager, urn, [...new Set(upstreams)]);
    await this.announceEdges(manager, event, urn, changes.added, changes.removed);
  }

  async recordDeprecated(event: MeshEvent<'product.version.deprecated'>, manager: EntityManager): Promise<void> {
    const { product, reason } = event.payload;
    await this.products.setState(manager, productUrn(product), product.version, 'deprecated');
    const change = reason === null ? 'deprecated' : `deprecated: ${reason}`;
    await this.detectImpact(manager, event, product, change);
  }

  /** A retired latest version takes its ports and declared upstreams with it; products downstream keep theirs. */
  async recordRetired(event: MeshEvent<'product.version.retired'>, manager: EntityManager): Promise<void> {
    const { product } = event.payload;
    const urn = productUrn(product);
    const [known] = await this.products.products(manager, [urn]);
    if (known === undefined || known.latestVersion !== product.version) return;
    await this.products.setState(manager, urn, product.version, 'retired');
    await this.products.replacePorts(manager, urn, product.version, []);
    const changes = await this.products.replaceDeclaredEdges(manager, urn, []);
    await this.announceEdges(manager, event, urn, changes.added, changes.removed);
  }

  /**
   * Keeps the proposal's descriptor (its publication is read against it), and finds whom a contract that breaks
   * the previous published version affects: everyone downstream.
   */
  async assessProposal(event: MeshEvent<'product.version.proposed'>, manager: EntityManager): Promise<void> {
    await this.copies.rememberProposed(manager, event);
    const { product, previousVersion, descriptor } = event.payload;
    if (previousVersion === null) return;
    const previous = (await this.copies.find(manager, { ...product, version: previousVersion }))?.descriptor ?? null;
    if (previous === null) {
      // The previous version was proposed before this service kept descriptors: nothing to compare with.
      this.logger.warn(
        { eventId: event.eventId, previousVersion },
        'no descriptor of the previous version; impact not assessed',
      );
      return;
    }
    const next = JSON.parse(descriptor) as DataProductDescriptor;
    const breaking = compareContracts(previous, next).filter((change) => change.level === 'breaking');
    if (breaking.length === 0) return;
    const reasons = breaking.map((change) => `${change.pointer}: ${change.reason}`).join('; ');
    await this.detectImpact(manager, event, product, `breaking change proposed (from ${previousVersion}): ${reasons}`);
  }

  /** Edges the runs of an ingestion revealed; the caller's transaction also stores the runs. */
  async recordObservedEdges(manager: EntityManager, edges: readonly ProductEdge[]): Promise<MeshEvent[]> {
    const added = await this.products.addEdges(manager, edges, 'openlineage');
    const byDownstream = new Map<string, ProductEdge[]>();
    for (const edge of added) byDownstream.set(edge.downstream, [...(byDownstream.get(edge.downstream) ?? []), edge]);
    return [...byDownstream].map(([downstream, edgesOfNode]) =>
      newEvent('lineage.edges.changed', {
        subject: downstream,
        producer: this.producer,
        payload: { added: edgesOfNode, removed: [] },
      }),
    );
  }

  /** Every product reached from one product in a direction, nearest first, then by URN. */
  async reach(product: ProductRef, direction: Direction, depth: number): Promise<ReachedProduct[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const urn = productUrn(product);
      const known = await this.products.products(manager, [urn]);
      if (known.length === 0) {
        throw new LineageError('not_found', `no lineage is known for product ${product.domain}/${product.name}`);
      }
      return this.walk(manager, urn, direction, depth);
    });
  }

  /** A shortest downstream chain of products from one product to another. */
  async path(from: ProductRef, to: ProductRef, maxDepth: number) {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [start, target] = [productUrn(from), productUrn(to)];
      const walk = await breadthFirst(
        [start],
        maxDepth,
        (frontier) => this.products.neighbours(manager, frontier, 'downstream'),
        (node) => node === target,
      );
      const urns = pathTo(walk, target);
      if (urns === undefined) {
        throw new LineageError(
          'not_found',
          `no downstream path from product ${from.domain}/${from.name} to ${to.domain}/${to.name} within ${maxDepth} products`,
        );
      }
      return urns.map(productNode);
    });
  }

  async impact(product: ProductRef) {
    const urn = productUrn(product);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [known] = await this.products.products(manager, [urn]);
      if (known === undefined) {
        throw new LineageError('not_found', `no lineage is known for product ${product.domain}/${product.name}`);
      }
      const affected = await this.walk(manager, urn, 'downstream', MAX_IMPACT_DEPTH);
      const detected = await this.products.impacts(manager, urn, 20);
      return { product: { ...product, version: known.latestVersion, state: known.state }, affected, detected };
    });
  }

  private async walk(
    manager: EntityManager,
    urn: string,
    direction: Direction,
    depth: number,
  ): Promise<ReachedProduct[]> {
    const { depths } = await breadthFirst([urn], depth, (frontier) =>
      this.products.neighbours(manager, frontier, direction),
    );
    depths.delete(urn);
    const rows = new Map((await this.products.products(manager, [...depths.keys()])).map((row) => [row.urn, row]));
    return [...depths]
      .map(([reached, hops]) => {
        const row = rows.get(reached);
        return {
          ...productNode(reached),
          ownerTeam: row?.ownerTeam ?? null,
          latestVersion: row?.latestVersion ?? null,
          state: row?.state ?? null,
          depth: hops,
        };
      })
      .sort(nearestFirst);
  }

  private async detectImpact(
    manager: EntityManager,
    cause: MeshEvent,
    changed: PayloadOf<'lineage.impact.detected'>['changed'],
    change: string,
  ): Promise<void> {
    const reached = await this.walk(manager, productUrn(changed), 'downstream', MAX_IMPACT_DEPTH);
    if (reached.length === 0) return;
    const affected = reached.map((product) => ({
      product: { domain: product.domain, name: product.name },
      // A product is only reached through an edge its own publication declared, or through one of its ports.
      ownerTeam: product.ownerTeam ?? 'unknown',
      depth: product.depth,
    }));
    await this.products.saveImpact(manager, productUrn(changed), { version: changed.version, change, affected });
    await Outbox.add(
      manager,
      newEvent('lineage.impact.detected', {
        subject: productUrn(changed),
        producer: this.producer,
        ...causedBy(cause),
        payload: {
          changed: { domain: changed.domain, name: changed.name, version: changed.version },
          change,
          affected,
        },
      }),
    );
  }

  private async announceEdges(
    manager: EntityManager,
    cause: MeshEvent,
    subject: string,
    added: readonly ProductEdge[],
    removed: readonly ProductEdge[],
  ): Promise<void> {
    if (added.length === 0 && removed.length === 0) return;
    await Outbox.add(
      manager,
      newEvent('lineage.edges.changed', {
        subject,
        producer: this.producer,
        ...causedBy(cause),
        payload: { added: [...added], removed: [...removed] },
      }),
    );
  }
}
