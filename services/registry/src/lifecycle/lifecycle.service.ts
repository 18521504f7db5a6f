import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent, PayloadOf, ProductVersionRef } from '@mesh/contracts';
import type { ProductAddress } from '@mesh/descriptor';
import { NonRetryableError } from '@mesh/messaging';
import { LOGGER, requireDomainWrite, type AuthenticatedPrincipal } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { major } from 'semver';
import type { EntityManager } from 'typeorm';
import { AddressesService } from '../addresses/addresses.service';
import { formatAddress } from '../addresses/mesh-address';
import { AuditedTransactions, type AuditedTransaction } from '../audit/audited-transactions';
import type { ProductVersionEntity, ProvisioningFailure } from '../products/product.entity';
import { ProductError } from '../products/product.errors';
import { portLocations, toVersionView, versionRef, type VersionView } from '../products/product.model';
import { EventTransactions } from '../audit/event-transactions';
import type { DeprecateInput } from './lifecycle.requests';
import { LifecycleRepository, type VersionChanges } from './lifecycle.repository';
import { recordTransition, recordVersionChange, type TransitionEvent } from './transition-record';
import { LifecycleError, nextVersionState, type VersionAction, type VersionState } from './version-lifecycle';
import { violationsOf } from './violations';

/** Versions retired per retirement round; the next round takes the rest. */
const RETIREMENT_BATCH = 100;

/**
 * Moves versions through their lifecycle: on governance decisions and provisioning events (consumed from Kafka),
 * on the owners' deprecations, and at sunset. Each change of state is one transaction with its audit entry and
 * its event in the outbox.
 *
 * Provisioning: on approval the registry emits `product.provisioning.started` with a job id and the output ports
 * with their addresses (all provisioning needs besides the descriptor it kept from the proposal), and the version
 * is in `provisioning`. Every `provisioning.port.provisioned` marks its port, whichever job sent
 * it; when all output ports are marked, the version is published. `provisioning.failed` is recorded on the version
 * (its reason shows in the API) and leaves it in provisioning: a retry is provisioning's to run (its operators
 * re-run the failed flow), and the ports it then reports count like any other, the failure being cleared when the
 * version is published.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly repository: LifecycleRepository,
    private readonly transactions: AuditedTransactions,
    private readonly events: EventTransactions,
    private readonly addresses: AddressesService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Approves (and starts provisioning) or rejects a proposed version, as governance decided. */
  applyDecision(event: MeshEvent<'governance.decision.made'>, manager: EntityManager): Promise<void> {
    const { decisionId, outcome, evaluations } = event.payload;
    return this.events.join(manager, event, async (transaction) => {
      const version = await this.versionOf(transaction.manager, event);
      if (!this.expectState(version, 'proposed', event)) return;
      const product = versionRef(version);
      if (outcome === 'rejected') {
        const violations = violationsOf(evaluations);
        await this.transition(
          transaction,
          version,
          'reject',
          { decisionId, violations },
          { product, decisionId, violations },
        );
        return;
      }
      const approved = await this.transition(transaction, version, 'approve', { decisionId }, { product, decisionId });
      const jobId = randomUUID();
      const outputPorts = portLocations(approved).map(({ name, type, address }) => ({ name, type, address }));
      await this.transition(
        transaction,
        approved,
        'start-provisioning',
        { provisioningJobId: jobId, provisionedPorts: {}, provisioningFailure: null },
        { product, jobId, ports: outputPorts.map((port) => port.name), outputPorts },
      );
    });
  }

  /** Marks a port provisioned; the last one publishes the version with the addresses of its output ports. */
  recordPortProvisioned(event: MeshEvent<'provisioning.port.provisioned'>, manager: EntityManager): Promise<void> {
    const { jobId, port } = event.payload;
    return this.events.join(manager, event, async (transaction) => {
      const version = await this.versionOf(transaction.manager, event);
      if (!this.expectState(version, 'provisioning', event)) return;
      const ports = portLocations(version);
      const expected = ports.find((candidate) => candidate.name === port.name);
      if (expected === undefined) {
        throw new NonRetryableError(`version ${version.version} has no output port '${port.name}' to provision`);
      }
      // An address other than the convention's would make the version's address resolve to nothing.
      if (port.address !== expected.address) {
        const reason = `port '${port.name}' was provisioned at '${port.address}', but its address is '${expected.address}'`;
        await this.recordFailure(transaction, version, { jobId, port: port.name, reason, attempts: null });
        return;
      }
      if (version.provisionedPorts[port.name] !== undefined) return;
      const provisionedAt = new Date(event.occurredAt).toISOString();
      const provisionedPorts = {
        ...version.provisionedPorts,
        [port.name]: { jobId, address: port.address, provisionedAt },
      };
      if (ports.some((candidate) => provisionedPorts[candidate.name] === undefined)) {
        const after = await this.repository.update(transaction.manager, version.id, { provisionedPorts });
        await recordVersionChange(transaction, 'product.version.port-provisioned', { before: version, after });
        return;
      }
      await this.transition(
        transaction,
        version,
        'publish',
        { provisionedPorts, provisioningFailure: null },
        {
          product: versionRef(version),
          outputPorts: ports.map(({ name, type, address }) => ({ name, type, address })),
        },
      );
    });
  }

  /** Records why provisioning failed; the version stays in provisioning until a retry provisions its ports. */
  recordProvisioningFailure(event: MeshEvent<'provisioning.failed'>, manager: EntityManager): Promise<void> {
    const { jobId, port, reason, attempts } = event.payload;
    return this.events.join(manager, event, async (transaction) => {
      const version = await this.versionOf(transaction.manager, event);
      if (!this.expectState(version, 'provisioning', event)) return;
      await this.recordFailure(transaction, version, { jobId, port, reason, attempts });
    });
  }

  /** The owners deprecate a published version, with a sunset in the future and optionally a replacement. */
  async deprecate(actor: AuthenticatedPrincipal, ref: ProductVersionRef, input: DeprecateInput): Promise<VersionView> {
    requireDomainWrite(actor, ref.domain);
    const replacement = input.replacement === undefined ? null : await this.replacementOf(ref, input.replacement);
    return this.transactions.run(actor, async (transaction) => {
      const version = await this.repository.findForUpdate(transaction.manager, ref);
      if (version === null) {
        throw new ProductError('version_not_found', `product ${ref.domain}/${ref.name} has no version ${ref.version}`);
      }
      const reason = input.reason ?? null;
      const deprecated = await this.transition(
        transaction,
        version,
        'deprecate',
        {
          sunsetAt: input.sunsetAt,
          replacement: input.replacement === undefined ? null : formatAddress(input.replacement),
          deprecationReason: reason,
        },
        { product: versionRef(version), sunsetAt: input.sunsetAt.getTime(), replacement, reason },
      );
      return toVersionView(deprecated);
    });
  }

  /**
   * Retires the deprecated versions whose sunset has passed, each in its own transaction; returns how many were
   * due. Safe with several registry instances: each version is locked and its state checked again.
   */
  async retireDue(now: Date = new Date()): Promise<number> {
    const due = await this.repository.dueForRetirement(now, RETIREMENT_BATCH);
    for (const id of due) {
      await this.transactions.run(null, async (transaction) => {
        const version = await this.repository.findByIdForUpdate(transaction.manager, id);
        if (version?.state !== 'deprecated' || version.sunsetAt === null) return;
        const reason = `its sunset passed (${version.sunsetAt.toISOString()})`;
        await this.transition(transaction, version, 'retire', {}, { product: versionRef(version), reason });
      });
    }
    return due.length;
  }

  private async transition<A extends VersionAction>(
    transaction: AuditedTransaction,
    version: ProductVersionEntity,
    action: A,
    changes: VersionChanges,
    payload: PayloadOf<TransitionEvent<A>>,
  ): Promise<ProductVersionEntity> {
    const state = nextVersionState(version, action);
    const after = await this.repository.update(transaction.manager, version.id, { ...changes, state });
    await recordTransition(transaction, action, { before: version, after }, payload);
    return after;
  }

  private async recordFailure(
    transaction: AuditedTransaction,
    version: ProductVersionEntity,
    failure: Omit<ProvisioningFailure, 'failedAt'>,
  ): Promise<void> {
    const provisioningFailure = { ...failure, failedAt: new Date().toISOString() };
    const after = await this.repository.update(transaction.manager, version.id, { provisioningFailure });
    await recordVersionChange(transaction, 'product.version.provisioning-failed', { before: version, after });
  }

  /** The version an event is about, locked; an event about a version this registry lacks can never apply. */
  private async versionOf(
    manager: EntityManager,
    event: MeshEvent<'governance.decision.made' | 'provisioning.port.provisioned' | 'provisioning.failed'>,
  ): Promise<ProductVersionEntity> {
    const { domain, name, version } = event.payload.product;
    const found = await this.repository.findForUpdate(manager, event.payload.product);
    if (found === null)
      throw new NonRetryableError(`${event.type} is about ${domain}/${name} ${version}, which does not exist`);
    return found;
  }

  /**
   * Whether the version is in the state the event applies to. Events that come too late (a decision on a version
   * decided before, a port of a version already published) are logged and skipped: failing would only send them
   * to the dead letters, and the version is where it should be.
   */
  private expectState(version: ProductVersionEntity, expected: VersionState, event: MeshEvent): boolean {
    if (version.state === expected) return true;
    this.logger.warn(
      { eventId: event.eventId, type: event.type, version: version.version, state: version.state, expected },
      'event does not apply to the version in its current state; skipped',
    );
    return false;
  }

  /** The version a replacement address resolves to; 422 when it is the deprecated version's own or resolves to none. */
  private async replacementOf(ref: ProductVersionRef, address: ProductAddress): Promise<ProductVersionRef> {
    const invalid = (message: string) =>
      new LifecycleError('invalid_replacement', `invalid replacement: ${message}`, [
        { pointer: '/replacement', message },
      ]);
    if (address.domain === ref.domain && address.product === ref.name && address.major === major(ref.version)) {
      throw invalid('it is the address of the deprecated version itself');
    }
    const found = await this.addresses.lookup(address);
    if ('problem' in found) throw invalid(found.problem);
    return versionRef(found.version);
  }
}
