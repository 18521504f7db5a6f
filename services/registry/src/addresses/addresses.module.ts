import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { AddressesController } from './addresses.controller';
import { AddressesService } from './addresses.service';

/** Stable mesh addresses and what they resolve to. */
@Module({
  imports: [ProductsModule],
  controllers: [AddressesController],
  providers: [AddressesService],
  exports: [AddressesService],
})
export class AddressesModule {}
