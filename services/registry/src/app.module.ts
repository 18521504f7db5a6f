import { Module } from '@nestjs/common';
import { DatabaseModule } from './database/database.module';
import { SchemaRegistryModule } from './schema-registry/schema-registry.module';

@Module({ imports: [DatabaseModule, SchemaRegistryModule] })
export class AppModule {}
