import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { productOfUrn, productUrn } from '@mesh/contracts';
import { productKey, type ProductKey } from '../products/product-ref';

export interface LineageEdge {
  upstream: string;
  downstream: string;
}

/** The lineage facts of one product: the products it feeds and the products it reads, as `domain/name`. */
export interface ProductLineage {
  downstream: string[];
  upstream: string[];
}

/**
 * The lineage edges governance knows of, kept from `lineage.edges.changed`, for the `lineage` facts of policies.
 * Only edges between products make facts; dataset nodes are kept so that later edges about them stay consistent.
 */
@Injectable()
export class LineageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(manager: EntityManager, added: readonly LineageEdge[], removed: readonly LineageEdge[]): Promise<void> {
    if (removed.length > 0) {
      await manager.query(
        `DELETE FROM lineage_edges e USING unnest($1::text[], $2::text[]) AS r(upstream, downstream)
         WHERE e.upstream = r.upstream AND e.downstream = r.downstream`,
        [removed.map((edge) => edge.upstream), removed.map((edge) => edge.downstream)],
      );
    }
    if (added.length > 0) {
      await manager.query(
        `INSERT INTO lineage_edges (upstream, downstream) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT DO NOTHING`,
        [added.map((edge) => edge.upstream), added.map((edge) => edge.downstream)],
      );
    }
  }

  async of(product: ProductKey, manager: EntityManager = this.dataSource.manager): Promise<ProductLineage> {
    const urn = productUrn(product);
    const edges: LineageEdge[] = await manager.query(
      'SELECT upstream, downstream FROM lineage_edges WHERE upstream = $1 OR downstream = $1',
      [urn],
    );
    return lineageOf(edges).get(productKey(product)) ?? { downstream: [], upstream: [] };
  }

  /** The facts of every product that has product edges, for re-evaluating many products at once. */
  async all(): Promise<Map<string, ProductLineage>> {
    return lineageOf(await this.dataSource.query('SELECT upstream, downstream FROM lineage_edges'));
  }
}

/** Product-to-product edges grouped by product, each direction sorted. */
export function lineageOf(edges: readonly LineageEdge[]): Map<string, ProductLineage> {
  const facts = new Map<string, ProductLineage>();
  const factsOf = (key: string) => {
    let found = facts.get(key);
    if (found === undefined) facts.set(key, (found = { downstream: [], upstream: [] }));
    return found;
  };
  for (const edge of edges) {
    const [from, to] = [productOfUrn(edge.upstream), productOfUrn(edge.downstream)];
    if (from === null || to === null) continue;
    factsOf(productKey(from)).downstream.push(productKey(to));
    factsOf(productKey(to)).upstream.push(productKey(from));
  }
  for (const fact of facts.values()) {
    fact.downstream.sort();
    fact.upstream.sort();
  }
  return facts;
}
