import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { productOfUrn, productUrn } from '@mesh/contracts';
import { NO_SIGNALS, productKey, type ProductSignals } from './product-document';

export interface ProductRefKey {
  domain: string;
  name: string;
}

/** A product waiting to be indexed, with the sequence number of its latest request. */
export interface PendingProduct extends ProductRefKey {
  seq: string;
}

export interface LineageEdge {
  upstream: string;
  downstream: string;
}

/** The lineage URN of a product: what lineage edges name it by. */
/** A lineage node as stored: products without their version, so that edges of every version add up. */
function lineageNode(urn: string): string {
  const product = productOfUrn(urn);
  return product === null ? urn : productUrn(product);
}

/**
 * The indexer's Postgres state. Signals are written in the consumer's transaction, with the product queued for
 * indexing in the same transaction: an event is either fully recorded, with its product waiting to be written to
 * OpenSearch, or not at all (and redelivered). Each upsert keeps the newer of two events by their time, and
 * closed alerts and revoked grants stay closed, so events arriving out of order converge to the same state.
 */
@Injectable()
export class SignalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async queue(manager: EntityManager, products: readonly ProductRefKey[]): Promise<void> {
    if (products.length === 0) return;
    await manager.query(
      `INSERT INTO search_pending (domain, name)
       SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (domain, name) DO UPDATE SET seq = nextval('search_pending_seq'), queued_at = clock_timestamp()`,
      [products.map((product) => product.domain), products.map((product) => product.name)],
    );
  }

  /** Outside any consumer transaction: what the drift check found wrong. */
  queueNow(products: readonly ProductRefKey[]): Promise<void> {
    return this.queue(this.dataSource.manager, products);
  }

  /** The products waiting longest, at most `limit`. */
  async pending(limit: number): Promise<PendingProduct[]> {
    return this.dataSource.query(`SELECT domain, name, seq::text AS seq FROM search_pending ORDER BY seq LIMIT $1`, [
      limit,
    ]);
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM search_pending');
    return Number(row.count);
  }

  /** Done with these requests; a product queued again meanwhile has a newer seq and stays queued. */
  async done(products: readonly PendingProduct[]): Promise<void> {
    if (products.length === 0) return;
    await this.dataSource.query(
      `DELETE FROM search_pending p USING unnest($1::text[], $2::text[], $3::bigint[]) AS d(domain, name, seq)
       WHERE p.domain = d.domain AND p.name = d.name AND p.seq = d.seq`,
      [products.map((p) => p.domain), products.map((p) => p.name), products.map((p) => p.seq)],
    );
  }

  async recordQuality(manager: EntityManager, product: ProductRefKey, score: number, at: number): Promise<void> {
    await manager.query(
      `INSERT INTO search_quality (domain, name, score, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (domain, name) DO UPDATE SET score = excluded.score, at = excluded.at
       WHERE search_quality.at <= excluded.at`,
      [product.domain, product.name, score, at],
    );
  }

  async recordSla(
    manager: EntityManager,
    product: ProductRefKey,
    sla: string,
    breached: boolean,
    at: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO search_sla (domain, name, sla, breached, at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (domain, name, sla) DO UPDATE SET breached = excluded.breached, at = excluded.at
       WHERE search_sla.at <= excluded.at`,
      [product.domain, product.name, sla, breached, at],
    );
  }

  /**
   * Records that the product's freshness was measured met by its first data, unless quality already said where it
   * stands (its breach or restoration wins); true when this is that first word.
   */
  async recordFirstData(manager: EntityManager, product: ProductRefKey, at: number): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO search_sla (domain, name, sla, breached, at) VALUES ($1, $2, 'freshness', false, $3)
       ON CONFLICT (domain, name, sla) DO NOTHING RETURNING 1`,
      [product.domain, product.name, at],
    );
    return inserted.length > 0;
  }

  async recordAlert(
    manager: EntityManager,
    alertId: string,
    product: ProductRefKey,
    open: boolean,
    at: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO search_alerts (alert_id, domain, name, open, at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (alert_id) DO UPDATE
       SET open = search_alerts.open AND excluded.open, at = greatest(search_alerts.at, excluded.at)`,
      [alertId, product.domain, product.name, open, at],
    );
  }

  async recordGrant(
    manager: EntityManager,
    grant: { grantId: string; principal: string; product: ProductRefKey; expiresAt: number | null },
    active: boolean,
    at: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO search_grants (grant_id, domain, name, principal, active, expires_at, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (grant_id) DO UPDATE
       SET active = search_grants.active AND excluded.active,
           expires_at = coalesce(search_grants.expires_at, excluded.expires_at),
           at = greatest(search_grants.at, excluded.at)`,
      [grant.grantId, grant.product.domain, grant.product.name, grant.principal, active, grant.expiresAt, at],
    );
  }

  /** Records edge changes; returns the products on either end of any of them. */
  async recordLineage(
    manager: EntityManager,
    added: readonly LineageEdge[],
    removed: readonly LineageEdge[],
    at: number,
  ): Promise<ProductRefKey[]> {
    const edges = [
      ...added.map((edge) => ({ ...edge, present: true })),
      ...removed.map((edge) => ({ ...edge, present: false })),
    ].map((edge) => ({ ...edge, upstream: lineageNode(edge.upstream), downstream: lineageNode(edge.downstream) }));
    if (edges.length === 0) return [];
    await manager.query(
      `INSERT INTO search_lineage (upstream, downstream, present, at)
       SELECT DISTINCT ON (u, d) u, d, p, $4::bigint FROM unnest($1::text[], $2::text[], $3::boolean[]) AS e(u, d, p)
       ON CONFLICT (upstream, downstream) DO UPDATE SET present = excluded.present, at = excluded.at
       WHERE search_lineage.at <= excluded.at`,
      [edges.map((edge) => edge.upstream), edges.map((edge) => edge.downstream), edges.map((edge) => edge.present), at],
    );
    const products = new Map<string, ProductRefKey>();
    for (const edge of edges) {
      for (const urn of [edge.upstream, edge.downstream]) {
        const product = productOfUrn(urn);
        if (product !== null) products.set(productKey(product.domain, product.name), product);
      }
    }
    return [...products.values()];
  }

  /** The signals of each product, by `domain/name`; products without any get NO_SIGNALS. */
  async signalsOf(products: readonly ProductRefKey[], now = Date.now()): Promise<Map<string, ProductSignals>> {
    const result = new Map<string, ProductSignals>(
      products.map((product) => [productKey(product.domain, product.name), { ...NO_SIGNALS }]),
    );
    if (products.length === 0) return result;
    const domains = products.map((product) => product.domain);
    const names = products.map((product) => product.name);
    const wanted = `(domain, name) IN (SELECT * FROM unnest($1::text[], $2::text[]))`;
    const signalsOf = (row: { domain: string; name: string }) =>
      result.get(productKey(row.domain, row.name)) ?? { ...NO_SIGNALS };
    const newest = (signals: ProductSignals, at: string | number) => {
      signals.revision = Math.max(signals.revision, Number(at));
    };

    const [quality, sla, alerts, grants] = await Promise.all([
      this.dataSource.query<{ domain: string; name: string; score: number; at: string }[]>(
        `SELECT domain, name, score, at FROM search_quality WHERE ${wanted}`,
        [domains, names],
      ),
      this.dataSource.query<{ domain: string; name: string; breaches: string[]; at: string }[]>(
        `SELECT domain, name, coalesce(array_agg(sla ORDER BY sla) FILTER (WHERE breached), '{}') AS breaches,
                max(at) AS at
         FROM search_sla WHERE ${wanted} GROUP BY domain, name`,
        [domains, names],
      ),
      this.dataSource.query<{ domain: string; name: string; open: string; at: string }[]>(
        `SELECT domain, name, count(*) FILTER (WHERE open) AS open, max(at) AS at
         FROM search_alerts WHERE ${wanted} GROUP BY domain, name`,
        [domains, names],
      ),
      this.dataSource.query<{ domain: string; name: string; grantees: string[]; at: string }[]>(
        `SELECT domain, name,
                coalesce(array_agg(DISTINCT principal) FILTER (WHERE active AND (expires_at IS NULL OR expires_at > $3)),
                         '{}') AS grantees,
                max(at) AS at
         FROM search_grants WHERE ${wanted} GROUP BY domain, name`,
        [domains, names, now],
      ),
    ]);
    for (const row of quality) {
      const signals = signalsOf(row);
      signals.qualityScore = row.score;
      newest(signals, row.at);
    }
    for (const row of sla) {
      const signals = signalsOf(row);
      signals.slaMeasured = true;
      signals.slaBreaches = row.breaches;
      newest(signals, row.at);
    }
    for (const row of alerts) {
      const signals = signalsOf(row);
      signals.openAlerts = Number(row.open);
      newest(signals, row.at);
    }
    for (const row of grants) {
      const signals = signalsOf(row);
      signals.grantees = row.grantees;
      newest(signals, row.at);
    }
    await this.addLineage(products, result);
    return result;
  }

  private async addLineage(products: readonly ProductRefKey[], result: Map<string, ProductSignals>): Promise<void> {
    const urns = products.map((product) => productUrn(product));
    const edges = await this.dataSource.query<{ upstream: string; downstream: string; present: boolean; at: string }[]>(
      `SELECT upstream, downstream, present, at FROM search_lineage
       WHERE upstream = ANY($1::text[]) OR downstream = ANY($1::text[])`,
      [urns],
    );
    for (const edge of edges) {
      for (const [end, other, list] of [
        [edge.downstream, edge.upstream, 'upstream'],
        [edge.upstream, edge.downstream, 'downstream'],
      ] as const) {
        const product = productOfUrn(end);
        const signals = product === null ? undefined : result.get(productKey(product.domain, product.name));
        if (signals === undefined) continue;
        if (edge.present) signals[list] = [...signals[list], other].sort();
        signals.revision = Math.max(signals.revision, Number(edge.at));
      }
    }
  }
}
