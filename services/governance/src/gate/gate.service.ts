import { Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import { validateDescriptor } from '@mesh/descriptor';
import { Outbox } from '@mesh/messaging';
import { randomUUID } from 'node:crypto';
import { compare, valid } from 'semver';
import type { EntityManager } from 'typeorm';
import { ComplianceService } from '../compliance/compliance.service';
import type { PreviousVersion } from '../evaluation/evaluation-context';
import { EvaluationsRepository } from '../evaluation/evaluations.repository';
import { PolicyEngine, type EvaluationResult } from '../evaluation/policy-engine';
import { LineageRepository } from '../lineage/lineage.repository';
import { ProductCopiesRepository } from '../products/product-copies.repository';
import type { ProductKey } from '../products/product-ref';
import { WaiversRepository } from '../waivers/waivers.repository';
import { GateError } from './gate.errors';

export interface DryRunResult extends EvaluationResult {
  /** Whether the descriptor passes the descriptor schema (the registry refuses it otherwise). */
  valid: boolean;
  problems: { pointer: string; message: string }[];
  previousVersion: string | null;
}

/**
 * The gate: every proposed version is evaluated against the applicable policies, and the decision is stored and
 * put in the outbox in the consumer's transaction. The same evaluation runs synchronously for dry runs.
 */
@Injectable()
export class GateService {
  constructor(
    private readonly copies: ProductCopiesRepository,
    private readonly engine: PolicyEngine,
    private readonly lineage: LineageRepository,
    private readonly waivers: WaiversRepository,
    private readonly evaluations: EvaluationsRepository,
    private readonly compliance: ComplianceService,
  ) {}

  async onProposed(event: MeshEvent<'product.version.proposed'>, manager: EntityManager): Promise<void> {
    const { product, previousVersion } = event.payload;
    const descriptor: unknown = JSON.parse(event.payload.descriptor);
    await this.copies.recordProposed(manager, product, descriptor);
    const previous =
      previousVersion === null
        ? null
        : await this.copies.find({ domain: product.domain, name: product.name, version: previousVersion }, manager);
    // Validity only matters for change facts, which need a previous version; a first version skips the check.
    const result = await this.evaluate(
      product,
      descriptor,
      previous !== null && validateDescriptor(descriptor).ok,
      previous === null ? null : { descriptor: previous.descriptor, sunsetAt: previous.sunsetAt },
      manager,
    );
    const record = { decisionId: randomUUID(), product, trigger: 'proposal' as const, ...result };
    await this.evaluations.record(manager, [record]);
    await Outbox.add(manager, this.compliance.decisionEvent(record, event));
  }

  /** POST /v1/evaluate: the gate's evaluation of a descriptor, against the latest readable version as previous. */
  async dryRun(document: unknown): Promise<DryRunResult> {
    const validation = validateDescriptor(document);
    const metadata = metadataOf(document);
    if (metadata === null) {
      throw new GateError('invalid_descriptor', 'the descriptor needs metadata.domain and metadata.name', [
        { pointer: '/metadata', message: 'must name the domain and the product (metadata.domain, metadata.name)' },
      ]);
    }
    // The previous version is the highest readable one below the evaluated version, as the registry would pick it.
    const readable = await this.copies.readableVersionsOf([metadata]);
    const latest = readable
      .filter((copy) => metadata.version === null || compare(copy.version, metadata.version) < 0)
      .sort((a, b) => compare(b.version, a.version))[0];
    const previous = latest === undefined ? null : { descriptor: latest.descriptor, sunsetAt: latest.sunsetAt };
    const result = await this.evaluate(metadata, document, validation.ok, previous);
    return {
      ...result,
      valid: validation.ok,
      problems: validation.ok ? [] : [...validation.problems],
      previousVersion: latest?.version ?? null,
    };
  }

  private async evaluate(
    product: ProductKey,
    descriptor: unknown,
    descriptorIsValid: boolean,
    previous: PreviousVersion | null,
    manager?: EntityManager,
  ): Promise<EvaluationResult> {
    const [policies, lineage, waived] = await Promise.all([
      this.engine.load([product.domain], manager),
      this.lineage.of(product, manager),
      this.waivers.activeFor(product, manager),
    ]);
    return this.engine.evaluate(
      policies,
      { domain: product.domain, descriptor, valid: descriptorIsValid, previous, lineage, waived },
      new Date(),
    );
  }
}

/** The product a dry-run document names, and its version when that is a valid semver. */
function metadataOf(document: unknown): (ProductKey & { version: string | null }) | null {
  if (typeof document !== 'object' || document === null) return null;
  const metadata = (document as { metadata?: unknown }).metadata;
  if (typeof metadata !== 'object' || metadata === null) return null;
  const { domain, name, version } = metadata as { domain?: unknown; name?: unknown; version?: unknown };
  if (typeof domain !== 'string' || typeof name !== 'string') return null;
  return { domain, name, version: typeof version === 'string' && valid(version) !== null ? version : null };
}
