import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG, ReadinessRegistry } from '@mesh/platform';
import type { DataSource } from 'typeorm';
import type { RegistryConfig } from '../config';
import { SCHEMA_REGISTRY_ENTITIES } from '../schema-registry/schema-registry.entities';
import { SchemaRegistryTables1764300000000 } from './migrations/1764300000000-schema-registry-tables';

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
        entities: [...SCHEMA_REGISTRY_ENTITIES],
        migrations: [SchemaRegistryTables1764300000000],
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
