import { Module } from '@nestjs/common';
import { NamespacesModule } from '../namespaces/namespaces.module';
import { CatalogOperationsController } from './catalog-operations.controller';
import { CommitsService } from './commits.service';
import { MetadataStore } from './metadata-store';
import { TableAccess } from './table-access';
import { TablesController } from './tables.controller';
import { TablesRepository } from './tables.repository';
import { TablesService } from './tables.service';

@Module({
  imports: [NamespacesModule],
  controllers: [TablesController, CatalogOperationsController],
  providers: [TablesRepository, MetadataStore, TableAccess, CommitsService, TablesService],
  // The S3 signer checks reads as loads do, on the same tables.
  exports: [TablesRepository, MetadataStore, TableAccess],
})
export class TablesModule {}
