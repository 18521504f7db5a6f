import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { ProductBindingsService } from './product-bindings.service';

/** Kafka entry points of the product lifecycle: what each event tells of the tables' bindings. */
@Controller()
export class ProductLifecycleHandlers {
  constructor(private readonly bindings: ProductBindingsService) {}

  @EventPattern('product.version.proposed')
  proposed(
    @Payload() payload: PayloadOf<'product.version.proposed'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.bindings.proposed(manager, payload);
  }

  @EventPattern('product.version.published')
  published(
    @Payload() payload: PayloadOf<'product.version.published'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.bindings.published(manager, payload);
  }

  @EventPattern('product.version.retired')
  retired(
    @Payload() payload: PayloadOf<'product.version.retired'>,
    @Ctx() { manager }: MeshEventContext,
  ): Promise<void> {
    return this.bindings.retired(manager, payload);
  }
}
