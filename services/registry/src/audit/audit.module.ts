import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditHandlers } from './audit.handlers';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditedTransactions } from './audited-transactions';
import { EventTransactions } from './event-transactions';

/**
 * The audit log and the transactions that write it. Every module that changes registry state runs its changes
 * through AuditedTransactions, so that each one is recorded with it; Kafka handlers join the consumer's
 * transaction through EventTransactions. The other services' write requests arrive as `audit.write.recorded` events
 * (AuditHandlers), so the log is the whole mesh's.
 */
@Module({
  controllers: [AuditController, AuditHandlers],
  providers: [AuditRepository, AuditService, AuditedTransactions, EventTransactions],
  exports: [AuditedTransactions, AuditService, EventTransactions],
})
export class AuditModule {}
