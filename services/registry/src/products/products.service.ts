import { Injectable } from '@nestjs/common';
import { checkVersionBump, compareContracts, productAddress, type DataProductDescriptor } from '@mesh/descriptor';
import { type AuthenticatedPrincipal, type Page, requireDomainWrite, toPage } from '@mesh/platform';
import { major } from 'semver';
import type { EntityManager } from 'typeorm';
import { AuditedTransactions } from '../audit/audited-transactions';
import { DomainsService } from '../domains/domains.service';
import { recordTransition } from '../lifecycle/transition-record';
import { nextVersionState, READABLE_STATES } from '../lifecycle/version-lifecycle';
import { contentHash } from './content-hash';
import { readDescriptor, type DescriptorRequest } from './descriptor-body';
import { renderDescriptor, type RenderedDescriptor } from './descriptor-formats';
import type { ProductEntity, ProductVersionEntity } from './product.entity';
import { nameClashes } from './name-claims';
import { ProductError, productNotFound } from './product.errors';
import {
  bySemver,
  highest,
  toProductSummary,
  toVersionView,
  versionRef,
  type ApplyResult,
  type ProductListItem,
  type ProductView,
} from './product.model';
import type { DescriptorFormat, ListProductsQuery } from './products.requests';
import { ProductsRepository } from './products.repository';

export interface ApplyRequest extends DescriptorRequest {
  dryRun: boolean;
}

/** What applying a descriptor amounts to, decided against the versions the product has. */
type ApplyPlan =
  | { kind: 'unchanged'; version: ProductVersionEntity }
  | { kind: 'new'; hash: string; baseline: ProductVersionEntity | undefined; previousPublished: string | null };

@Injectable()
export class ProductsService {
  constructor(
    private readonly repository: ProductsRepository,
    private readonly domains: DomainsService,
    private readonly transactions: AuditedTransactions,
  ) {}

  /**
   * Applies a descriptor: an unchanged one creates nothing, a changed one becomes a new proposed version, announced
   * by `product.version.proposed`. Applies of one product run one at a time (an advisory lock), so that of many
   * concurrent applies of one new descriptor exactly one creates the version and the others find it.
   */
  async apply(actor: AuthenticatedPrincipal, request: ApplyRequest): Promise<ApplyResult> {
    requireDomainWrite(actor, request.domain);
    const descriptor = readDescriptor(request);
    await this.domains.get(request.domain);
    if (request.dryRun) {
      await this.requireFreeNames(this.repository.manager, descriptor);
      return this.result(descriptor, await this.plan(undefined, descriptor), true);
    }
    return this.transactions.run(actor, async (transaction) => {
      const { manager } = transaction;
      await this.repository.lockProduct(manager, request.domain, request.name);
      await this.repository.lockDomainNames(manager, request.domain);
      await this.requireFreeNames(manager, descriptor);
      const plan = await this.plan(manager, descriptor);
      if (plan.kind === 'new') {
        const product = await this.repository.saveProduct(manager, descriptor);
        const created = await this.repository.insertVersion(manager, {
          productId: product.id,
          descriptor,
          version: descriptor.metadata.version,
          major: major(descriptor.metadata.version),
          contentHash: plan.hash,
          state: nextVersionState({ version: descriptor.metadata.version, state: 'draft' }, 'propose'),
          proposedBy: actor.id,
        });
        await recordTransition(
          transaction,
          'propose',
          { before: null, after: created },
          {
            product: versionRef(created),
            previousVersion: plan.previousPublished,
            descriptor: JSON.stringify(descriptor),
          },
        );
      }
      return this.result(descriptor, plan, false);
    });
  }

  /** Refuses a descriptor whose ports would take a table another product of the domain holds (409 naming it). */
  private async requireFreeNames(manager: EntityManager, descriptor: DataProductDescriptor): Promise<void> {
    const { domain, name, version } = descriptor.metadata;
    const others = (await this.repository.claimingVersions(manager, domain, name)).map((other) => ({
      domain: other.product.domain,
      name: other.product.name,
      version: other.version,
      major: other.major,
      descriptor: other.descriptor,
    }));
    const [clash] = nameClashes(descriptor, major(version), others);
    if (clash === undefined) return;
    const { holder } = clash;
    throw new ProductError(
      'physical_name_taken',
      `port '${clash.port}' would be table ${clash.address}, which is port '${holder.port}' of product ` +
        `${holder.domain}/${holder.name} (version ${holder.version}); give the port another \`table\` name`,
      [
        {
          pointer: `/spec/outputPorts/${descriptor.spec.outputPorts.findIndex((port) => port.name === clash.port)}`,
          message: `table ${clash.address} belongs to ${holder.domain}/${holder.name}`,
        },
      ],
    );
  }

  async list(query: ListProductsQuery): Promise<Page<ProductListItem>> {
    const { cursor, limit, ...filter } = query;
    const products = await this.repository.list({ ...filter, after: cursor, limit: limit + 1 });
    const states = await this.repository.versionStates(products.map((product) => product.id));
    const items = products.map((product) => ({
      ...toProductSummary(product),
      versions: states
        .filter((row) => row.productId === product.id)
        .sort(bySemver)
        .map(({ version, state }) => ({ version, state })),
    }));
    return toPage(items, limit, (product) => [product.domain, product.name]);
  }

  async get(domain: string, name: string): Promise<ProductView> {
    const product = await this.requireProduct(domain, name);
    const versions = await this.repository.versionsOf(product.id);
    return { ...toProductSummary(product), versions: versions.sort(bySemver).map(toVersionView) };
  }

  async descriptor(
    domain: string,
    name: string,
    version: string,
    format: DescriptorFormat,
  ): Promise<RenderedDescriptor> {
    const found = await this.repository.findVersion(domain, name, version);
    if (found === null) {
      await this.requireProduct(domain, name);
      throw new ProductError('version_not_found', `product ${domain}/${name} has no version ${version}`);
    }
    return renderDescriptor(found.descriptor, found.state, format);
  }

  /**
   * Decides what the apply does; throws when it may not. A version number is immutable once proposed. The new
   * version must cover its changes since the baseline: the highest version governance has not rejected (a rejected
   * version never reached consumers, so it promises them nothing; its number stays taken all the same).
   */
  private async plan(manager: EntityManager | undefined, descriptor: DataProductDescriptor): Promise<ApplyPlan> {
    const { domain, name, version } = descriptor.metadata;
    const hash = contentHash(descriptor);
    const product = await this.repository.findProduct(domain, name, manager);
    const versions = product === null ? [] : await this.repository.versionsOf(product.id, manager);
    const same = versions.find((existing) => existing.contentHash === hash);
    if (same !== undefined) return { kind: 'unchanged', version: same };
    const taken = versions.find((existing) => existing.version === version);
    if (taken !== undefined) {
      throw new ProductError(
        'version_immutable',
        `version ${version} of ${domain}/${name} exists (${taken.state}) with other content, and a version never ` +
          'changes once proposed: give the changed descriptor a new version',
      );
    }
    const baseline = highest(versions.filter((existing) => existing.state !== 'rejected'));
    if (baseline !== undefined) requireVersionBump(baseline, descriptor);
    const published = highest(versions.filter((existing) => READABLE_STATES.includes(existing.state)));
    return { kind: 'new', hash, baseline, previousPublished: published?.version ?? null };
  }

  private result(descriptor: DataProductDescriptor, plan: ApplyPlan, dryRun: boolean): ApplyResult {
    const { domain, name, version } = descriptor.metadata;
    const address = productAddress(descriptor.metadata);
    if (plan.kind === 'unchanged') {
      const { state, contentHash: hash } = plan.version;
      return {
        created: false,
        dryRun,
        version: { domain, name, version, state, address, contentHash: hash },
        baseline: null,
        changes: [],
      };
    }
    return {
      created: true,
      dryRun,
      version: { domain, name, version, state: 'proposed', address, contentHash: plan.hash },
      baseline: plan.baseline?.version ?? null,
      changes: plan.baseline === undefined ? [] : compareContracts(plan.baseline.descriptor, descriptor),
    };
  }

  private async requireProduct(domain: string, name: string): Promise<ProductEntity> {
    return (await this.repository.findProduct(domain, name)) ?? productNotFound(domain, name);
  }
}

/** A 409 naming each change the new version number does not cover, with its pointer and reason. */
function requireVersionBump(baseline: ProductVersionEntity, descriptor: DataProductDescriptor): void {
  const problems = checkVersionBump(baseline.descriptor, descriptor);
  if (problems.length === 0) return;
  throw new ProductError(
    'version_bump_required',
    `version ${descriptor.metadata.version} does not cover the changes since ${baseline.version}: ` +
      problems.map((problem) => problem.pointer).join(', '),
    problems,
  );
}
