import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { SchemaNotFoundError, type SchemaRegistry } from '@mesh/contracts';
import { SchemaRegistryError } from '../schema-registry/schema-registry.errors';
import { SchemaRegistryService } from '../schema-registry/schema-registry.service';

/**
 * The registry's own Schema Registry, for its event codec: the registry serves the platform's schemas, so it
 * reads them from its tables rather than over HTTP from itself, which would fail while it starts and does not
 * listen yet.
 */
@Injectable()
export class InProcessSchemaRegistry implements SchemaRegistry {
  constructor(private readonly moduleRef: ModuleRef) {}

  register(subject: string, schema: string): Promise<number> {
    return this.service().register(subject, { schema });
  }

  async schemaById(id: number): Promise<string> {
    try {
      return await this.service().schema(id);
    } catch (error) {
      if (error instanceof SchemaRegistryError && error.code === 'schema_not_found') throw new SchemaNotFoundError(id);
      throw error;
    }
  }

  // Looked up when first used: the Schema Registry module keeps its service to itself, and it exists by then.
  private service(): SchemaRegistryService {
    return this.moduleRef.get(SchemaRegistryService, { strict: false });
  }
}
