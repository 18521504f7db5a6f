import { Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { SchemaRegistryController } from './schema-registry.controller.decorator';
import { SchemaResponse, SubjectVersionRef } from './schema-registry.dto';
import { SchemaIdParam } from './schema-registry.requests';
import { SchemaRegistryService } from './schema-registry.service';

@SchemaRegistryController('schemas')
export class SchemasController {
  constructor(private readonly registry: SchemaRegistryService) {}

  @Get('ids/:id')
  @ApiOperation({ summary: 'A schema by its global id (what a consumer reads from the message header)' })
  @ApiOkResponse({ type: SchemaResponse })
  async schema(@SchemaIdParam() id: number): Promise<SchemaResponse> {
    return { schema: await this.registry.schema(id) };
  }

  @Get('ids/:id/versions')
  @ApiOperation({ summary: 'The subject versions that use a schema' })
  @ApiOkResponse({ type: [SubjectVersionRef] })
  usages(@SchemaIdParam() id: number): Promise<SubjectVersionRef[]> {
    return this.registry.usages(id);
  }
}
