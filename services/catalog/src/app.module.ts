import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { CatalogConfigController } from './catalog-config/catalog-config.controller';
import { DatabaseModule } from './database/database.module';
import { CatalogMessagingModule } from './events/catalog-messaging.module';
import { GrantsModule } from './grants/grants.module';
import { CatalogJsonBodyInstaller } from './http/json-body';
import { NamespacesModule } from './namespaces/namespaces.module';
import { ProductsModule } from './products/products.module';
import { SignerModule } from './signer/signer.module';
import { TablesModule } from './tables/tables.module';
import { WarehouseModule } from './warehouse/warehouse.module';

@Module({
  imports: [
    DatabaseModule,
    // PyIceberg sends its `token` property as the bearer token.
    AuthModule.throughRegistry(),
    CatalogMessagingModule,
    WarehouseModule,
    NamespacesModule,
    GrantsModule,
    ProductsModule,
    TablesModule,
    SignerModule,
  ],
  controllers: [CatalogConfigController],
  providers: [CatalogJsonBodyInstaller],
})
export class AppModule {}
