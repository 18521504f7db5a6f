import { Module } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import type { ProvisioningConfig } from './config';
import { DatabaseModule } from './database/database.module';
import { ProvisioningHandlers } from './events/provisioning.handlers';
import { FlowsController } from './flows/flows.controller';
import { GrantOperationsController } from './grants/grant-operations.controller';
import { FlowsRepository } from './flows/flows.repository';
import { FlowsService } from './flows/flows.service';
import { PortWork } from './flows/port-work';
import { CATALOG_GRANTS, ICEBERG_CATALOG } from './flows/provisioning.tokens';
import { HttpCatalogGrants } from './grants/catalog-grants';
import { GrantsRepository } from './grants/grants.repository';
import { GrantsService } from './grants/grants.service';
import { KafkaGrants } from './grants/kafka-grants';
import { ProvisioningQueue } from './queue/provisioning-queue';
import { ProvisioningWorker } from './queue/provisioning-worker';
import { RegistryClient } from './registry/registry-client';
import type { IcebergCatalog } from './tables/iceberg-catalog';
import { RestIcebergCatalog } from './tables/iceberg-catalog';
import { TableProvisioner } from './tables/table-provisioner';
import { KafkaAdmin } from './topics/kafka-admin';
import { TopicProvisioner } from './topics/topic-provisioner';

/** The catalog's token: its own when given, else the service token used with the registry. */
const catalogToken = (config: ProvisioningConfig) => config.CATALOG_TOKEN ?? config.REGISTRY_TOKEN;

/** Flows, grants, their jobs and the clients they use: the whole of provisioning's work. */
@Module({
  imports: [DatabaseModule],
  controllers: [FlowsController, GrantOperationsController, ProvisioningHandlers],
  providers: [
    {
      provide: RegistryClient,
      inject: [CONFIG],
      useFactory: (config: ProvisioningConfig) => new RegistryClient(config.REGISTRY_URL, config.REGISTRY_TOKEN),
    },
    {
      provide: ICEBERG_CATALOG,
      inject: [CONFIG],
      useFactory: (config: ProvisioningConfig) => new RestIcebergCatalog(config.CATALOG_URI, catalogToken(config)),
    },
    {
      provide: CATALOG_GRANTS,
      inject: [CONFIG],
      useFactory: (config: ProvisioningConfig) => new HttpCatalogGrants(config.CATALOG_URI, catalogToken(config)),
    },
    {
      provide: TableProvisioner,
      inject: [ICEBERG_CATALOG],
      useFactory: (catalog: IcebergCatalog) => new TableProvisioner(catalog),
    },
    KafkaAdmin,
    {
      provide: TopicProvisioner,
      inject: [KafkaAdmin],
      useFactory: (admin: KafkaAdmin) => new TopicProvisioner(() => admin.get()),
    },
    ProvisioningQueue,
    FlowsRepository,
    GrantsRepository,
    FlowsService,
    GrantsService,
    KafkaGrants,
    PortWork,
    ProvisioningWorker,
  ],
  exports: [ProvisioningQueue],
})
export class ProvisioningModule {}
