import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { Unaudited } from '@mesh/messaging';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, parseInput } from '@mesh/platform';
import { readDocument, YAML_MEDIA_TYPES } from '../policies/policy-document';
import { Decisions, decisionsPath } from './decisions';
import { DryRunDto } from './gate.dto';
import { GateService, type DryRunResult } from './gate.service';

@ApiTags('evaluate')
@ApiAuthenticated()
@Controller('v1')
export class EvaluateController {
  constructor(
    private readonly gate: GateService,
    private readonly decisionsOf: Decisions,
  ) {}

  @Post('evaluate')
  @HttpCode(200)
  @Unaudited()
  @ApiOperation({
    summary: 'Dry run of the gate for CI: evaluate a descriptor (YAML or JSON) against the applicable policies',
    description:
      'Stores nothing. The previous version is the latest published one of the same product; waivers apply. ' +
      'A descriptor that fails the descriptor schema is still evaluated, with valid false and its problems.',
  })
  @ApiConsumes(...YAML_MEDIA_TYPES, 'application/json')
  @ApiBody({ description: 'A product descriptor (libs/descriptor/schema)', schema: { type: 'object' } })
  @ApiOkResponse({ type: DryRunDto })
  @ApiErrors({ 400: 'Not a descriptor: no metadata.domain and name', 415: true })
  evaluate(@Headers('content-type') contentType: string | undefined, @Body() body: unknown): Promise<DryRunResult> {
    return this.gate.dryRun(readDocument(contentType, body));
  }

  @Get('decisions/:domain/:name/:version')
  @ApiOperation({
    summary: 'The latest decisions about a product version (at proposal and after policy changes), newest first',
  })
  @ApiOkResponse({ description: '{ items: [{ decisionId, trigger, outcome, evaluations, waived, evaluatedAt }] }' })
  @ApiErrors({
    400: 'A malformed domain, name or version, by pointer',
    404: 'Governance never saw this version proposed',
  })
  decisions(@Param() params: unknown) {
    return this.decisionsOf.of(parseInput(decisionsPath, params, 'path'));
  }
}
