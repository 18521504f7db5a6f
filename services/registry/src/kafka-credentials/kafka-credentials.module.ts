import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrincipalsModule } from '../principals/principals.module';
import { KafkaCredentialsController } from './kafka-credentials.controller';
import { KafkaCredentialsService } from './kafka-credentials.service';

/** Domain pipelines' Kafka logins (docs/security.md). */
@Module({
  imports: [AuditModule, PrincipalsModule],
  controllers: [KafkaCredentialsController],
  providers: [KafkaCredentialsService],
})
export class KafkaCredentialsModule {}
