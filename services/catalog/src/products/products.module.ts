import { Module } from '@nestjs/common';
import { BindingsRepository } from './bindings.repository';
import { DescriptorsRepository } from './descriptors.repository';
import { ProductBindingsService } from './product-bindings.service';
import { ProductLifecycleHandlers } from './product-lifecycle.handlers';
import { RegistryClient } from './registry-client';

/** Which product port each table is, and its contract, learnt from the product lifecycle. */
@Module({
  controllers: [ProductLifecycleHandlers],
  providers: [BindingsRepository, DescriptorsRepository, RegistryClient, ProductBindingsService],
})
export class ProductsModule {}
