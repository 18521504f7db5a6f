import { Module } from '@nestjs/common';
import { AddressesModule } from '../addresses/addresses.module';
import { AuditModule } from '../audit/audit.module';
import { AuditRepository } from '../audit/audit.repository';
import { DeprecationController } from './deprecation.controller';
import { EventTransactions } from './event-transactions';
import { LifecycleHandlers } from './lifecycle.handlers';
import { LifecycleRepository } from './lifecycle.repository';
import { LifecycleService } from './lifecycle.service';
import { RetirementScheduler } from './retirement.scheduler';

/**
 * The lifecycle of product versions: the Kafka handlers, deprecation and retirement. AuditRepository is provided
 * here too because AuditModule offers transactions of its own only, and a handler must join the consumer's.
 */
@Module({
  imports: [AuditModule, AddressesModule],
  controllers: [DeprecationController],
  providers: [
    AuditRepository,
    EventTransactions,
    LifecycleRepository,
    LifecycleService,
    LifecycleHandlers,
    RetirementScheduler,
  ],
})
export class LifecycleModule {}
