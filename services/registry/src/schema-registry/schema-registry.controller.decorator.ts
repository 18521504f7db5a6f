import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiDefaultResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ConfluentErrorFilter } from './confluent-error.filter';
import { SCHEMA_REGISTRY_MEDIA_TYPE } from './media-types.middleware';
import { ConfluentError } from './schema-registry.dto';

/** Where the Confluent-compatible API is mounted: clients are given `<service>/schema-registry` as the URL. */
export const SCHEMA_REGISTRY_PATH = 'schema-registry';

/** A controller of the Schema Registry API: mounted under its path, with Confluent's error shape and media types. */
export function SchemaRegistryController(path: string): ClassDecorator {
  return applyDecorators(
    Controller(`${SCHEMA_REGISTRY_PATH}/${path}`),
    UseFilters(ConfluentErrorFilter),
    ApiTags('schema-registry'),
    ApiConsumes(SCHEMA_REGISTRY_MEDIA_TYPE, 'application/vnd.schemaregistry+json', 'application/json'),
    ApiProduces(SCHEMA_REGISTRY_MEDIA_TYPE),
    ApiDefaultResponse({ type: ConfluentError, description: 'Any error, in Confluent shape' }),
  );
}
