import { Inject, Injectable } from '@nestjs/common';
import type { Grant, MeshEvent, ProductRef } from '@mesh/contracts';
import { AfterCommit, Outbox } from '@mesh/messaging';
import { requireDomainRead, toPage, type AuthenticatedPrincipal, type Page } from '@mesh/platform';
import { UnrecoverableError } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { productEvent } from '../events/provisioning-events';
import { CATALOG_GRANTS } from '../flows/provisioning.tokens';
import { ProvisioningQueue } from '../queue/provisioning-queue';
import { JOB_IDS } from '../queue/queue-names';
import type { CatalogGrants } from './catalog-grants';
import type { GrantOperationEntity, GrantOperationKind } from './grant-operation.entity';
import type { GrantOperationView } from './grant-operation.views';
import type { ListGrantOperationsQuery } from './grants.requests';
import { GrantsRepository } from './grants.repository';
import { KafkaGrants } from './kafka-grants';

/**
 * Read grants in the catalog and on Kafka, as the access events ask: each event is recorded and queued in the
 * transaction that consumes it, and a job applies or removes the grant, then records it done and announces it in one
 * transaction. A grant that expires loses its Kafka ACL by a job delayed until then.
 */
@Injectable()
export class GrantsService {
  constructor(
    private readonly repository: GrantsRepository,
    private readonly queue: ProvisioningQueue,
    private readonly afterCommit: AfterCommit,
    @Inject(CATALOG_GRANTS) private readonly catalog: CatalogGrants,
    private readonly kafka: KafkaGrants,
  ) {}

  async recordGranted(event: MeshEvent<'access.granted'>, manager: EntityManager): Promise<void> {
    const { grant, expiresAt } = event.payload;
    await this.record(manager, 'apply', grant, { expiresAt: expiresAt === null ? null : new Date(expiresAt) }, event);
  }

  async recordRevoked(event: MeshEvent<'access.revoked'>, manager: EntityManager): Promise<void> {
    const { grant, reason } = event.payload;
    await this.record(manager, 'revoke', grant, { reason }, event);
  }

  async apply(grantId: string): Promise<void> {
    const operation = await this.operation(grantId, 'apply');
    if (operation.state === 'done') return;
    await this.catalog.apply(grantOf(operation), operation.expiresAt?.getTime() ?? null);
    await this.kafka.apply(grantOf(operation));
    if (operation.expiresAt !== null) await this.queue.addGrantExpiry(grantId, operation.expiresAt);
    await this.complete(operation, (grant) =>
      productEvent(
        'provisioning.grant.applied',
        grant.product,
        {
          jobId: JOB_IDS.grant('apply', grantId),
          grant,
        },
        operation.correlationId,
      ),
    );
  }

  async revoke(grantId: string): Promise<void> {
    const operation = await this.operation(grantId, 'revoke');
    if (operation.state === 'done') return;
    // Kafka keeps a grant's events in order, but their jobs may not run so: a revocation waits for its grant.
    const applied = await this.repository.find(grantId, 'apply');
    if (applied?.state === 'pending') {
      throw new Error(`grant ${grantId} is not applied yet; its revocation waits for it`);
    }
    await this.catalog.remove(grantId);
    await this.kafka.remove(grantOf(operation));
    await this.complete(operation, (grant) =>
      productEvent(
        'provisioning.grant.revoked',
        grant.product,
        {
          jobId: JOB_IDS.grant('revoke', grantId),
          grant,
          reason: operation.reason,
        },
        operation.correlationId,
      ),
    );
  }

  /** The grant expired: its holder's pipeline stops reading the product's topics. */
  async expire(grantId: string): Promise<void> {
    const applied = await this.repository.find(grantId, 'apply');
    if (applied !== null) await this.kafka.remove(grantOf(applied));
  }

  /**
   * Applies again every live grant on the product, as the access events recorded them: idempotent, and needed once
   * its tables exist.
   */
  async applyExisting(product: ProductRef): Promise<void> {
    for (const operation of await this.repository.live(product)) {
      await this.catalog.apply(grantOf(operation), operation.expiresAt?.getTime() ?? null);
    }
  }

  /** A domain's grant operations, newest first, for its members and the platform's operators. */
  async list(reader: AuthenticatedPrincipal, query: ListGrantOperationsQuery): Promise<Page<GrantOperationView>> {
    requireDomainRead(reader, query.domain);
    const { limit, cursor, ...filter } = query;
    const rows = await this.repository.list(filter, limit + 1, cursor);
    return toPage(
      rows.map((operation) => this.view(operation)),
      limit,
      (view) => [view.createdAt.toISOString(), view.grantId, view.operation],
    );
  }

  private view(operation: GrantOperationEntity): GrantOperationView {
    const { grantId, principal, domain, product, port, state, attempts, lastError, expiresAt, reason } = operation;
    const kafka = this.kafka.describe(grantOf(operation));
    return {
      grantId,
      operation: operation.operation,
      principal,
      domain,
      product,
      port,
      state,
      attempts,
      lastError,
      expiresAt,
      reason,
      effects: { catalogGrant: grantId, kafkaTopicPrefix: kafka.topicPrefix, kafkaGroupPrefix: kafka.groupPrefix },
      createdAt: operation.createdAt,
      updatedAt: operation.updatedAt,
    };
  }

  /** Records a failed run of a grant job; the last one leaves the operation failed, with its reason. */
  async recordFailure(grantId: string, kind: GrantOperationKind, reason: string, attempts: number, final: boolean) {
    await this.repository.transaction((manager) =>
      this.repository.update(manager, grantId, kind, {
        attempts,
        lastError: reason,
        ...(final ? { state: 'failed' as const } : {}),
      }),
    );
  }

  private async record(
    manager: EntityManager,
    kind: GrantOperationKind,
    grant: Grant,
    extra: { expiresAt?: Date | null; reason?: string | null },
    cause: MeshEvent,
  ): Promise<void> {
    await this.repository.insert(manager, {
      grantId: grant.grantId,
      operation: kind,
      principal: grant.principal,
      domain: grant.product.domain,
      product: grant.product.name,
      port: grant.port,
      expiresAt: extra.expiresAt ?? null,
      reason: extra.reason ?? null,
      correlationId: cause.correlationId ?? cause.eventId,
    });
    this.afterCommit.run(manager, () => this.queue.addGrantJob(kind, grant.grantId));
  }

  /** Queues every grant operation not done yet again; those already queued are left as they are. */
  async requeuePending(): Promise<number> {
    const pending = await this.repository.pending();
    for (const operation of pending) await this.queue.addGrantJob(operation.operation, operation.grantId);
    return pending.length;
  }

  private async operation(grantId: string, kind: GrantOperationKind): Promise<GrantOperationEntity> {
    const found = await this.repository.find(grantId, kind);
    if (found === null) throw new UnrecoverableError(`no ${kind} operation is recorded for grant ${grantId}`);
    return found;
  }

  private async complete(operation: GrantOperationEntity, announce: (grant: Grant) => MeshEvent): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, operation.grantId, operation.operation);
      if (locked.state === 'done') return;
      await this.repository.update(manager, operation.grantId, operation.operation, { state: 'done', lastError: null });
      await Outbox.add(manager, announce(grantOf(operation)));
    });
  }
}

function grantOf(operation: GrantOperationEntity): Grant {
  return {
    grantId: operation.grantId,
    principal: operation.principal,
    product: { domain: operation.domain, name: operation.product },
    port: operation.port,
  };
}
