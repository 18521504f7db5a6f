import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { causedBy, newEvent, type EventType, type MeshEvent, type PayloadOf } from '@mesh/contracts';
import { Outbox } from '@mesh/messaging';
import { currentContext, SERVICE_NAME, type AuthenticatedPrincipal } from '@mesh/platform';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditSnapshot } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';

/** A change as the audit log records it. */
export interface AuditedChange {
  /** What happened, e.g. `domain.created`. */
  action: string;
  /** URN of what changed. */
  subject: string;
  /** The domains the subject belongs to; their owners see the entry. */
  domains: readonly string[];
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

/**
 * One transaction of the registry: its state changes (through repositories given `manager`), their audit entries
 * and their events commit together or not at all, so no change goes unrecorded and no event announces a change
 * that was rolled back.
 */
export class AuditedTransaction {
  constructor(
    readonly manager: EntityManager,
    private readonly actor: string | null,
    private readonly audit: AuditRepository,
    private readonly producer: string,
    /** The event this transaction handles, when it handles one: what it emits is caused by it. */
    private readonly cause?: MeshEvent,
  ) {}

  record(change: AuditedChange): Promise<void> {
    return this.audit.append(this.manager, {
      actor: this.actor,
      ...change,
      service: this.producer,
      requestId: currentContext()?.requestId ?? null,
      path: null,
      status: null,
    });
  }

  /** Queues the event in the outbox; the relay publishes it once the transaction has committed. */
  emit<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<void> {
    const event = newEvent(type, {
      subject,
      producer: this.producer,
      actor: this.actor,
      ...(this.cause === undefined ? { correlationId: currentContext()?.correlationId ?? null } : causedBy(this.cause)),
      payload,
    });
    return Outbox.add(this.manager, event);
  }
}

@Injectable()
export class AuditedTransactions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  /** Runs `work` in one transaction on behalf of `actor`; null when the registry acts on its own (at start). */
  run<T>(actor: AuthenticatedPrincipal | null, work: (transaction: AuditedTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) =>
      work(new AuditedTransaction(manager, actor?.id ?? null, this.audit, this.producer)),
    );
  }
}
