import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DomainsModule } from '../domains/domains.module';
import { PrincipalsController } from './principals.controller';
import { PrincipalsRepository } from './principals.repository';
import { PrincipalsService } from './principals.service';

@Module({
  imports: [AuditModule, DomainsModule],
  controllers: [PrincipalsController],
  providers: [PrincipalsRepository, PrincipalsService],
  exports: [PrincipalsService],
})
export class PrincipalsModule {}
