import { Inject, Injectable } from '@nestjs/common';
import type { MeshEvent } from '@mesh/contracts';
import { runWithContext, SERVICE_NAME } from '@mesh/platform';
import type { EntityManager } from 'typeorm';
import { AuditedTransaction } from './audited-transactions';
import { AuditRepository } from './audit.repository';

/**
 * The AuditedTransaction of an event handler. It joins the consumer's transaction, the one that also marks the
 * event processed, so that the change, its audit entry, the events it causes and the mark commit together: a
 * redelivered event finds its mark and changes nothing. The registry acts on its own (no actor); what it emits
 * names the event that caused it (correlation and causation ids).
 */
@Injectable()
export class EventTransactions {
  constructor(
    private readonly audit: AuditRepository,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  join<T>(manager: EntityManager, cause: MeshEvent, work: (transaction: AuditedTransaction) => Promise<T>): Promise<T> {
    const context = { requestId: cause.eventId, correlationId: cause.correlationId ?? cause.eventId };
    return runWithContext(context, () => work(new AuditedTransaction(manager, null, this.audit, this.producer, cause)));
  }
}
