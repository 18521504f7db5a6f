import { Get, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery } from '@nestjs/swagger';
import type { CompatibilityLevel } from './compatibility';
import { SchemaRegistryController } from './schema-registry.controller.decorator';
import { CompatibilityLevelResponse, CompatibilityRequest } from './schema-registry.dto';
import { CompatibilityBody, FlagQuery, SubjectParam } from './schema-registry.requests';
import { SchemaRegistryService } from './schema-registry.service';

// Confluent answers GET with `compatibilityLevel` and PUT with `compatibility`; clients read exactly those.
@SchemaRegistryController('config')
export class ConfigController {
  constructor(private readonly registry: SchemaRegistryService) {}

  @Get()
  @ApiOperation({ summary: 'The global compatibility level (BACKWARD unless set)' })
  @ApiOkResponse({ type: CompatibilityLevelResponse })
  async global(): Promise<CompatibilityLevelResponse> {
    return { compatibilityLevel: await this.registry.globalCompatibility() };
  }

  @Put()
  @ApiOperation({ summary: 'Set the global compatibility level' })
  @ApiBody({ type: CompatibilityRequest })
  @ApiOkResponse({ type: CompatibilityRequest })
  async setGlobal(@CompatibilityBody() level: CompatibilityLevel): Promise<CompatibilityRequest> {
    await this.registry.setCompatibility(null, level);
    return { compatibility: level };
  }

  @Get(':subject')
  @ApiOperation({ summary: "A subject's compatibility level; 404 (40408) when it has none, unless defaultToGlobal" })
  @ApiQuery({ name: 'defaultToGlobal', required: false, type: Boolean })
  @ApiOkResponse({ type: CompatibilityLevelResponse })
  async subject(
    @SubjectParam() subject: string,
    @FlagQuery('defaultToGlobal') defaultToGlobal: boolean,
  ): Promise<CompatibilityLevelResponse> {
    return { compatibilityLevel: await this.registry.subjectCompatibility(subject, defaultToGlobal) };
  }

  @Put(':subject')
  @ApiOperation({ summary: "Set a subject's compatibility level" })
  @ApiBody({ type: CompatibilityRequest })
  @ApiOkResponse({ type: CompatibilityRequest })
  async setSubject(
    @SubjectParam() subject: string,
    @CompatibilityBody() level: CompatibilityLevel,
  ): Promise<CompatibilityRequest> {
    await this.registry.setCompatibility(subject, level);
    return { compatibility: level };
  }
}
