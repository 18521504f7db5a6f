import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit, type Type } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG, ReadinessRegistry } from '@mesh/platform';
import type { Logger } from 'pino';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { AfterCommit } from '../database/after-commit';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '../database/messaging-schema';
import { VersionCopies } from '../version-copies/version-copies';
import { VersionCopies1765200000000 } from '../version-copies/version-copies.migration';

export interface ServiceDatabaseOptions {
  /** The service's own migrations, in order; the messaging tables' come first. They own the schema. */
  migrations: readonly Type<MigrationInterface>[];
  /** The service's TypeORM entities, if any; repositories that speak SQL need none. */
  entities?: readonly Type<unknown>[];
  /** Connections in the pool (TypeORM's default is 10). */
  poolSize?: number;
  /** Keeps copies of what the lifecycle events say of each version (`VersionCopies`): its table and the provider. */
  versionCopies?: boolean;
}

/** Reports the database in /ready, so an orchestrator stops routing to an instance that lost Postgres. */
@Injectable()
export class DatabaseReadiness implements OnModuleInit {
  constructor(
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register({ name: 'postgres', probe: () => this.dataSource.query('SELECT 1') });
  }
}

/** Every migration of a service: the messaging tables (outbox, processed events) first, then its own. */
export function serviceMigrations(own: readonly Type<MigrationInterface>[]): Type<MigrationInterface>[] {
  return [...MESSAGING_MIGRATIONS, ...own];
}

@Module({})
class ServiceDatabaseModule {}

/**
 * A service's Postgres, from CONFIG.DATABASE_URL: the messaging tables beside its own, the schema owned by the
 * migrations (run at start, each in its own transaction; never `synchronize`), Postgres in /ready, and
 * `AfterCommit` for work that must wait until a transaction's rows are visible, and with `versionCopies` the
 * `VersionCopies` of what the lifecycle events said.
 */
export function serviceDatabaseModule(options: ServiceDatabaseOptions): DynamicModule {
  const copies = options.versionCopies === true;
  return {
    module: ServiceDatabaseModule,
    global: true,
    imports: [
      TypeOrmModule.forRootAsync({
        inject: [CONFIG],
        useFactory: (config: { DATABASE_URL: string }) => ({
          ...dataSourceOptions(options, config.DATABASE_URL),
          migrationsRun: true,
          // A few attempts ride out Postgres starting alongside the service; longer outages should fail the boot.
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      }),
    ],
    providers: [DatabaseReadiness, AfterCommit, ...(copies ? [VersionCopies] : [])],
    exports: [AfterCommit, ...(copies ? [VersionCopies] : [])],
  };
}

/**
 * Runs a service's pending migrations, then closes the connection: what `runService` runs instead of the service
 * under `MIGRATE_ONLY=1` (its `migrate`), so that a deployment migrates once, in a job, before the instances of a
 * new version start (they then find nothing to run).
 */
export function migrateServiceDatabase(options: ServiceDatabaseOptions) {
  return async (config: { DATABASE_URL: string }, logger: Logger): Promise<void> => {
    const dataSource = new DataSource(dataSourceOptions(options, config.DATABASE_URL));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      logger.info({ applied: applied.map((migration) => migration.name) }, `${applied.length} migrations applied`);
    } finally {
      await dataSource.destroy();
    }
  };
}

/** The connection, tables and migrations of a service's database: the same for the service and its migration job. */
function dataSourceOptions(options: ServiceDatabaseOptions, url: string): PostgresConnectionOptions {
  const copies = options.versionCopies === true;
  const migrations = copies ? [...options.migrations, VersionCopies1765200000000] : options.migrations;
  return {
    type: 'postgres',
    url,
    entities: [...MESSAGING_ENTITIES, ...(options.entities ?? [])],
    migrations: serviceMigrations(migrations),
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: options.poolSize,
  };
}
