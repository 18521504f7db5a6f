import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CompatibilityController } from './compatibility.controller';
import { ConfigController } from './config.controller';
import { SchemaRegistryMediaTypes } from './media-types.middleware';
import { PlatformSchemas } from './platform-schemas';
import { SchemaRegistryRepository } from './schema-registry.repository';
import { SchemaRegistryService } from './schema-registry.service';
import { SchemasController } from './schemas.controller';
import { SubjectsController } from './subjects.controller';

const CONTROLLERS = [SubjectsController, SchemasController, CompatibilityController, ConfigController];

/** The Confluent-compatible Schema Registry API for the platform's event contracts, under /schema-registry. */
@Module({
  controllers: CONTROLLERS,
  providers: [SchemaRegistryRepository, SchemaRegistryService, PlatformSchemas],
})
export class SchemaRegistryModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SchemaRegistryMediaTypes).forRoutes(...CONTROLLERS);
  }
}
