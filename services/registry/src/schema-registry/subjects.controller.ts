import { Get, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { SchemaRegistryController } from './schema-registry.controller.decorator';
import { SchemaIdResponse, SchemaRequest, SubjectVersionResponse } from './schema-registry.dto';
import { SchemaBody, SubjectParam, VersionParam } from './schema-registry.requests';
import { SchemaInput, SchemaRegistryService, VersionRef } from './schema-registry.service';

@SchemaRegistryController('subjects')
export class SubjectsController {
  constructor(private readonly registry: SchemaRegistryService) {}

  @Get()
  @ApiOperation({ summary: 'Subjects that have at least one version' })
  @ApiOkResponse({ type: [String] })
  subjects(): Promise<string[]> {
    return this.registry.subjects();
  }

  @Get(':subject/versions')
  @ApiOperation({ summary: 'Version numbers of a subject' })
  @ApiOkResponse({ type: [Number] })
  versions(@SubjectParam() subject: string): Promise<number[]> {
    return this.registry.versions(subject);
  }

  @Post(':subject/versions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Register a schema under a subject',
    description: 'Idempotent: a schema the subject already has keeps its id. 409 when incompatible, 422 when invalid.',
  })
  @ApiBody({ type: SchemaRequest })
  @ApiOkResponse({ type: SchemaIdResponse })
  async register(@SubjectParam() subject: string, @SchemaBody() input: SchemaInput): Promise<SchemaIdResponse> {
    return { id: await this.registry.register(subject, input) };
  }

  @Get(':subject/versions/:version')
  @ApiOperation({ summary: 'A version of a subject; `latest` (or -1) for the newest' })
  @ApiOkResponse({ type: SubjectVersionResponse })
  version(@SubjectParam() subject: string, @VersionParam() version: VersionRef): Promise<SubjectVersionResponse> {
    return this.registry.version(subject, version);
  }

  @Get(':subject/versions/:version/schema')
  @ApiOperation({ summary: 'The schema of a version of a subject, as raw JSON' })
  @ApiOkResponse({ description: 'The Avro schema' })
  async rawSchema(@SubjectParam() subject: string, @VersionParam() version: VersionRef): Promise<string> {
    return (await this.registry.version(subject, version)).schema;
  }

  @Post(':subject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Find the version of a subject that has this schema' })
  @ApiBody({ type: SchemaRequest })
  @ApiOkResponse({ type: SubjectVersionResponse })
  lookup(@SubjectParam() subject: string, @SchemaBody() input: SchemaInput): Promise<SubjectVersionResponse> {
    return this.registry.lookup(subject, input);
  }
}
