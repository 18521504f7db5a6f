import { Module } from '@nestjs/common';
import { AuditTrailModule, KafkaReadiness } from '@mesh/messaging';
import { AccessModule } from './access/access.module';
import { AddressesModule } from './addresses/addresses.module';
import { AuditModule } from './audit/audit.module';
import { RegistryAuthModule } from './auth/auth.module';
import { DatabaseModule } from './database/database.module';
import { DomainsModule } from './domains/domains.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { RegistryMessagingModule } from './lifecycle/registry-messaging.module';
import { PrincipalsModule } from './principals/principals.module';
import { KafkaCredentialsModule } from './kafka-credentials/kafka-credentials.module';
import { ProductsModule } from './products/products.module';
import { SchemaRegistryModule } from './schema-registry/schema-registry.module';

@Module({
  imports: [
    DatabaseModule,
    RegistryAuthModule,
    AuditModule,
    DomainsModule,
    PrincipalsModule,
    KafkaCredentialsModule,
    SchemaRegistryModule,
    RegistryMessagingModule,
    // The registry records the changes it allows in their own transactions; the trail adds the refused attempts.
    AuditTrailModule.forService({ service: 'registry', refusedOnly: true }),
    ProductsModule,
    LifecycleModule,
    AddressesModule,
    AccessModule,
  ],
  providers: [KafkaReadiness],
})
export class AppModule {}
