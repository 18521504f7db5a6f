import { Injectable } from '@nestjs/common';
import type { AffectedProduct } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';

/** The product and port an output-port address belongs to. */
export interface PortOwner {
  address: string;
  productUrn: string;
  domain: string;
  name: string;
  version: string;
  port: string;
  portType: string;
}

export interface ProductRow {
  urn: string;
  domain: string;
  name: string;
  ownerTeam: string | null;
  latestVersion: string;
  state: string;
}

export interface ProductEdge {
  upstream: string;
  downstream: string;
}

export interface ImpactRow {
  version: string;
  change: string;
  affected: AffectedProduct[];
  detectedAt: Date;
}

export type Direction = 'upstream' | 'downstream';

/** Products, their port addresses and the product-level edges. */
@Injectable()
export class ProductsRepository {
  async portsAt(manager: EntityManager, addresses: readonly string[]): Promise<PortOwner[]> {
    if (addresses.length === 0) return [];
    return manager.query(
      `SELECT pp.address, pp.product_urn AS "productUrn", p.domain, p.name, pp.version, pp.port,
              pp.port_type AS "portType"
       FROM product_ports pp JOIN products p ON p.urn = pp.product_urn
       WHERE pp.address = ANY($1::text[])`,
      [addresses],
    );
  }

  async saveProduct(manager: EntityManager, product: ProductRow): Promise<void> {
    await manager.query(
      `INSERT INTO products (urn, domain, name, owner_team, latest_version, state)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (urn) DO UPDATE SET owner_team = excluded.owner_team, latest_version = excluded.latest_version,
         state = excluded.state, updated_at = now()`,
      [product.urn, product.domain, product.name, product.ownerTeam, product.latestVersion, product.state],
    );
  }

  async setState(manager: EntityManager, urn: string, version: string, state: string): Promise<void> {
    await manager.query('UPDATE products SET state = $3, updated_at = now() WHERE urn = $1 AND latest_version = $2', [
      urn,
      version,
      state,
    ]);
  }

  /** The product's ports become exactly these; an address another product held moves to this one. */
  async replacePorts(
    manager: EntityManager,
    urn: string,
    version: string,
    ports: readonly { name: string; type: string; address: string }[],
  ): Promise<void> {
    await manager.query('DELETE FROM product_ports WHERE product_urn = $1', [urn]);
    if (ports.length === 0) return;
    await manager.query(
      `INSERT INTO product_ports (address, product_urn, version, port, port_type)
       SELECT address, $1, $2, port, port_type FROM unnest($3::text[], $4::text[], $5::text[]) AS p (address, port, port_type)
       ON CONFLICT (address) DO UPDATE SET product_urn = excluded.product_urn, version = excluded.version,
         port = excluded.port, port_type = excluded.port_type`,
      [urn, version, ports.map((port) => port.address), ports.map((port) => port.name), ports.map((port) => port.type)],
    );
  }

  /**
   * Makes the product's declared upstreams exactly `upstreams`; answers the product-level edges that appeared and
   * disappeared (an edge also observed in runs neither appears nor disappears).
   */
  async replaceDeclaredEdges(
    manager: EntityManager,
    downstream: string,
    upstreams: readonly string[],
  ): Promise<{ added: ProductEdge[]; removed: ProductEdge[] }> {
    const removed: ProductEdge[] = await manager.query(
      // A DELETE's RETURNING comes back from TypeORM as [rows, count]; selecting from the CTE gives rows.
      `WITH removed AS (
         DELETE FROM product_edges e
         WHERE e.downstream = $1 AND e.source = 'input-port' AND NOT e.upstream = ANY($2::text[])
           AND NOT EXISTS (SELECT 1 FROM product_edges o
                           WHERE o.upstream = e.upstream AND o.downstream = e.downstream AND o.source <> 'input-port')
         RETURNING e.upstream, e.downstream
       )
       SELECT upstream, downstream FROM removed`,
      [downstream, upstreams],
    );
    await manager.query(
      `DELETE FROM product_edges WHERE downstream = $1 AND source = 'input-port' AND NOT upstream = ANY($2::text[])`,
      [downstream, upstreams],
    );
    const added = await this.addEdges(
      manager,
      upstreams.map((upstream) => ({ upstream, downstream })),
      'input-port',
    );
    return { added, removed };
  }

  /** Records edges from a source; answers those the product-level graph did not have from any source. */
  async addEdges(
    manager: EntityManager,
    edges: readonly ProductEdge[],
    source: 'input-port' | 'openlineage',
  ): Promise<ProductEdge[]> {
    if (edges.length === 0) return [];
    return manager.query(
      `WITH candidate AS (
         SELECT DISTINCT upstream, downstream FROM unnest($1::text[], $2::text[]) AS c (upstream, downstream)
       ),
       known AS (
         SELECT DISTINCT e.upstream, e.downstream FROM product_edges e JOIN candidate c USING (upstream, downstream)
       ),
       inserted AS (
         INSERT INTO product_edges (upstream, downstream, source)
         SELECT upstream, downstream, $3 FROM candidate ORDER BY 1, 2
         ON CONFLICT DO NOTHING
         RETURNING upstream, downstream
       )
       SELECT i.upstream, i.downstream FROM inserted i
       WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.upstream = i.upstream AND k.downstream = i.downstream)`,
      [edges.map((edge) => edge.upstream), edges.map((edge) => edge.downstream), source],
    );
  }

  /** One hop from each node in the direction, for a breadth-first walk. */
  async neighbours(
    manager: EntityManager,
    urns: readonly string[],
    direction: Direction,
  ): Promise<{ from: string; to: string }[]> {
    const [from, to] = direction === 'downstream' ? ['upstream', 'downstream'] : ['downstream', 'upstream'];
    return manager.query(
      `SELECT DISTINCT ${from} AS "from", ${to} AS "to" FROM product_edges WHERE ${from} = ANY($1::text[])`,
      [urns],
    );
  }

  async products(manager: EntityManager, urns: readonly string[]): Promise<ProductRow[]> {
    if (urns.length === 0) return [];
    return manager.query(
      `SELECT urn, domain, name, owner_team AS "ownerTeam", latest_version AS "latestVersion", state
       FROM products WHERE urn = ANY($1::text[])`,
      [urns],
    );
  }

  async saveImpact(
    manager: EntityManager,
    urn: string,
    impact: { version: string; change: string; affected: AffectedProduct[] },
  ): Promise<void> {
    await manager.query(
      'INSERT INTO impact_reports (product_urn, version, change, affected) VALUES ($1, $2, $3, $4::jsonb)',
      [urn, impact.version, impact.change, JSON.stringify(impact.affected)],
    );
  }

  async impacts(manager: EntityManager, urn: string, limit: number): Promise<ImpactRow[]> {
    return manager.query(
      `SELECT version, change, affected, detected_at AS "detectedAt" FROM impact_reports
       WHERE product_urn = $1 ORDER BY detected_at DESC, id DESC LIMIT $2`,
      [urn, limit],
    );
  }
}
