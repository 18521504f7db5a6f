import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_TYPES, schemaOf, subjectNameOf } from '@mesh/contracts';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import { SchemaRegistryService } from './schema-registry.service';

/**
 * Registers the schema of every platform event under its subject before the service answers, so producers and
 * consumers find their contracts from the first request. Registering is idempotent, so each start repeats it;
 * a contract change that breaks compatibility fails the start instead of the first producer.
 */
@Injectable()
export class PlatformSchemas implements OnApplicationBootstrap {
  constructor(
    private readonly registry: SchemaRegistryService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const type of EVENT_TYPES) {
      await this.registry.register(subjectNameOf(type), { schema: schemaOf(type) });
    }
    this.logger.info({ events: EVENT_TYPES.length }, 'platform event schemas registered');
  }
}
