import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditedTransactions } from './audited-transactions';
import { EventTransactions } from './event-transactions';

/**
 * The audit log and the transactions that write it. Every module that changes registry state runs its changes
 * through AuditedTransactions, so that each one is recorded with it; Kafka handlers join the consumer's
 * transaction through EventTransactions.
 */
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditedTransactions, EventTransactions],
  exports: [AuditedTransactions, AuditService, EventTransactions],
})
export class AuditModule {}
