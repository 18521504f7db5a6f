import { Module } from '@nestjs/common';
import { AddressesModule } from '../addresses/addresses.module';
import { AuditModule } from '../audit/audit.module';
import { DeprecationController } from './deprecation.controller';
import { LifecycleHandlers } from './lifecycle.handlers';
import { LifecycleRepository } from './lifecycle.repository';
import { LifecycleService } from './lifecycle.service';
import { RetirementScheduler } from './retirement.scheduler';

/** The lifecycle of product versions: the Kafka handlers, deprecation and retirement. */
@Module({
  imports: [AuditModule, AddressesModule],
  controllers: [DeprecationController, LifecycleHandlers],
  providers: [LifecycleRepository, LifecycleService, RetirementScheduler],
})
export class LifecycleModule {}
