import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataProductDescriptor } from '@mesh/descriptor';
import { DataSource, EntityManager, In } from 'typeorm';
import type { VersionState } from '../lifecycle/version-lifecycle';
import { ProductEntity, ProductVersionEntity } from './product.entity';

/** First key of the per-product advisory lock, which keeps it apart from other advisory locks in the database. */
const PRODUCT_LOCK_CLASS = 0x50520001;
// The physical names (tables) the products of one domain claim.
const NAME_CLAIMS_LOCK_CLASS = 0x50520002;

export interface ProductFilter {
  domain?: string;
  /** Products with at least one version in this state. */
  status?: VersionState;
  tag?: string;
  /** A substring of the name or the title, case-insensitive. */
  q?: string;
  /** Products after this (domain, name) key: the cursor of the previous page. */
  after?: readonly [string, string];
  limit: number;
}

export interface NewVersion {
  productId: string;
  descriptor: DataProductDescriptor;
  version: string;
  major: number;
  contentHash: string;
  state: VersionState;
  proposedBy: string | null;
}

@Injectable()
export class ProductsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reads outside a transaction (a dry run) go through the data source's own manager. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Serialises the applies of one product until the transaction ends. An advisory lock rather than a row lock:
   * the first apply of a product has no row to lock yet.
   */
  async lockProduct(manager: EntityManager, domain: string, name: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PRODUCT_LOCK_CLASS, `${domain}/${name}`]);
  }

  /**
   * Serialises the applies within a domain that claim physical names (tables), so that two products cannot both
   * find a name free and take it.
   */
  async lockDomainNames(manager: EntityManager, domain: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [NAME_CLAIMS_LOCK_CLASS, domain]);
  }

  /** The versions of the domain's other products that still hold their physical names (not rejected, not retired). */
  claimingVersions(manager: EntityManager, domain: string, exceptProduct: string): Promise<ProductVersionEntity[]> {
    return manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .innerJoinAndSelect('v.product', 'p')
      .where('p.domain = :domain AND p.name <> :name', { domain, name: exceptProduct })
      .andWhere("v.state NOT IN ('rejected', 'retired')")
      .getMany();
  }

  findProduct(domain: string, name: string, manager = this.dataSource.manager): Promise<ProductEntity | null> {
    return manager.findOneBy(ProductEntity, { domain, name });
  }

  /** Creates the product, or copies the descriptor's metadata onto it; its latest version is the descriptor's. */
  async saveProduct(manager: EntityManager, descriptor: DataProductDescriptor): Promise<ProductEntity> {
    const { domain, name, title, description, owner, tags, classification, version } = descriptor.metadata;
    const metadata = {
      title,
      description,
      owner: owner ?? null,
      tags: tags ?? [],
      classification,
      latestVersion: version,
    };
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProductEntity)
      .values({ domain, name, ...metadata, updatedAt: () => 'now()' })
      .orUpdate(
        ['title', 'description', 'owner', 'tags', 'classification', 'latest_version', 'updated_at'],
        ['domain', 'name'],
      )
      .execute();
    return manager.findOneByOrFail(ProductEntity, { domain, name });
  }

  /** Every version of the product, with its descriptor. */
  versionsOf(productId: string, manager = this.dataSource.manager): Promise<ProductVersionEntity[]> {
    return manager.findBy(ProductVersionEntity, { productId });
  }

  async insertVersion(manager: EntityManager, version: NewVersion): Promise<ProductVersionEntity> {
    const { id } = await manager.save(manager.create(ProductVersionEntity, { ...version, provisionedPorts: {} }));
    return manager.findOneByOrFail(ProductVersionEntity, { id });
  }

  findVersion(domain: string, name: string, version: string): Promise<ProductVersionEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .innerJoin('v.product', 'p')
      .where('p.domain = :domain AND p.name = :name AND v.version = :version', { domain, name, version })
      .getOne();
  }

  /** Every version of one major of a product. */
  versionsOfMajor(address: { domain: string; product: string; major: number }): Promise<ProductVersionEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .innerJoin('v.product', 'p')
      .where('p.domain = :domain AND p.name = :product AND v.major = :major', address)
      .getMany();
  }

  /** Products by (domain, name). */
  list(filter: ProductFilter): Promise<ProductEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ProductEntity, 'p')
      .orderBy('p.domain', 'ASC')
      .addOrderBy('p.name', 'ASC')
      .limit(filter.limit);
    if (filter.domain !== undefined) query.andWhere('p.domain = :domain', { domain: filter.domain });
    if (filter.tag !== undefined) query.andWhere(':tag = ANY(p.tags)', { tag: filter.tag });
    if (filter.q !== undefined) {
      query.andWhere(`(p.name ILIKE :pattern ESCAPE '\\' OR p.title ILIKE :pattern ESCAPE '\\')`, {
        pattern: `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`,
      });
    }
    if (filter.status !== undefined) {
      query.andWhere('EXISTS (SELECT 1 FROM product_versions v WHERE v.product_id = p.id AND v.state = :status)', {
        status: filter.status,
      });
    }
    if (filter.after !== undefined) {
      query.andWhere('(p.domain, p.name) > (:afterDomain, :afterName)', {
        afterDomain: filter.after[0],
        afterName: filter.after[1],
      });
    }
    return query.getMany();
  }

  /** The version numbers and states of the products, without their descriptors. */
  versionStates(
    productIds: readonly string[],
  ): Promise<Pick<ProductVersionEntity, 'productId' | 'version' | 'state'>[]> {
    if (productIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ProductVersionEntity, {
      select: { productId: true, version: true, state: true },
      where: { productId: In([...productIds]) },
    });
  }
}
