import { HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { SchemaRegistryController } from './schema-registry.controller.decorator';
import { CompatibilityCheckResponse, SchemaRequest } from './schema-registry.dto';
import { SchemaBody, SubjectParam, VersionParam } from './schema-registry.requests';
import { SchemaInput, SchemaRegistryService, VersionRef } from './schema-registry.service';

@SchemaRegistryController('compatibility')
export class CompatibilityController {
  constructor(private readonly registry: SchemaRegistryService) {}

  @Post('subjects/:subject/versions/:version')
  @HttpCode(200)
  @ApiOperation({ summary: "Is the schema compatible with one version, under the subject's compatibility level?" })
  @ApiBody({ type: SchemaRequest })
  @ApiOkResponse({ type: CompatibilityCheckResponse })
  async againstVersion(
    @SubjectParam() subject: string,
    @VersionParam() version: VersionRef,
    @SchemaBody() input: SchemaInput,
  ): Promise<CompatibilityCheckResponse> {
    return verdict(await this.registry.compatibilityProblems(subject, version, input));
  }

  @Post('subjects/:subject/versions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Could the schema be registered under the subject (latest or all versions, by level)?' })
  @ApiBody({ type: SchemaRequest })
  @ApiOkResponse({ type: CompatibilityCheckResponse })
  async againstSubject(
    @SubjectParam() subject: string,
    @SchemaBody() input: SchemaInput,
  ): Promise<CompatibilityCheckResponse> {
    return verdict(await this.registry.compatibilityProblems(subject, undefined, input));
  }
}

function verdict(problems: string[]): CompatibilityCheckResponse {
  return problems.length === 0 ? { is_compatible: true } : { is_compatible: false, messages: problems };
}
