import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG, ReadinessRegistry } from '@mesh/platform';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@mesh/messaging';
import type { DataSource } from 'typeorm';
import { AccessRequestEntity } from '../access/access-request.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ApiTokenEntity } from '../auth/api-token.entity';
import type { RegistryConfig } from '../config';
import { DomainEntity } from '../domains/domain.entity';
import { PrincipalEntity, PrincipalRoleEntity } from '../principals/principal.entity';
import { ProductEntity, ProductVersionEntity } from '../products/product.entity';
import { SCHEMA_REGISTRY_ENTITIES } from '../schema-registry/schema-registry.entities';
import { SchemaRegistryTables1764300000000 } from './migrations/1764300000000-schema-registry-tables';
import { DomainsPrincipalsTokensAudit1764400000000 } from './migrations/1764400000000-domains-principals-tokens-audit';
import { ProductsVersionsAccess1764500000000 } from './migrations/1764500000000-products-versions-access';
import { ProductOwnerOptional1764800000000 } from './migrations/1764800000000-product-owner-optional';
import { AccessUpdatePrecision1764950000000 } from './migrations/1764950000000-access-update-precision';
import { ServiceRoles1765000000000 } from './migrations/1765000000000-service-roles';

/** Reports the database in /ready, so an orchestrator stops routing to an instance that lost Postgres. */
@Injectable()
class DatabaseReadiness implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register({ name: 'postgres', probe: () => this.dataSource.query('SELECT 1') });
  }
}

/**
 * The registry's Postgres. The schema is owned by the migrations, which run at start: `synchronize` would
 * let an entity edit silently alter production tables.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (config: RegistryConfig) => ({
        type: 'postgres',
        url: config.DATABASE_URL,
        entities: [
          ...SCHEMA_REGISTRY_ENTITIES,
          ...MESSAGING_ENTITIES,
          DomainEntity,
          PrincipalEntity,
          PrincipalRoleEntity,
          ApiTokenEntity,
          AuditEntryEntity,
          ProductEntity,
          ProductVersionEntity,
          AccessRequestEntity,
        ],
        // The outbox's tables: domain and product changes queue their events there, in their own transaction.
        migrations: [
          ...MESSAGING_MIGRATIONS,
          SchemaRegistryTables1764300000000,
          DomainsPrincipalsTokensAudit1764400000000,
          ProductsVersionsAccess1764500000000,
          ProductOwnerOptional1764800000000,
          AccessUpdatePrecision1764950000000,
          ServiceRoles1765000000000,
        ],
        migrationsTableName: 'migrations',
        migrationsRun: true,
        migrationsTransactionMode: 'each',
        synchronize: false,
        // A few attempts ride out Postgres starting alongside the service; longer outages should fail the boot.
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [DatabaseReadiness],
})
export class DatabaseModule {}
