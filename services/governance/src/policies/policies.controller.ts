import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiAuthenticated,
  ApiErrors,
  CurrentPrincipal,
  parseInput,
  type AuthenticatedPrincipal,
  type Page,
} from '@mesh/platform';
import type { Response } from 'express';
import { PoliciesService } from './policies.service';
import { ApplyPolicyRequest, PolicyDto, PolicyPageDto, PolicyRevisionListDto } from './policies.dto';
import { listPoliciesQuery, policyBody, policyId, toSpec } from './policies.requests';
import { readDocument, YAML_MEDIA_TYPES } from './policy-document';
import { PolicyError } from './policy.errors';
import { toPolicyView, toRevisionView, type PolicyView } from './policy.view';

@ApiTags('policies')
@ApiAuthenticated()
@Controller('v1/policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Put(':id')
  @ApiOperation({
    summary: 'Apply a policy (YAML or JSON, for GitOps); every change is a new revision and re-evaluates products',
    description:
      'Global policies: governance-admin or platform-admin. Policies of a domain: also its domain-owners. ' +
      'The same policy again changes nothing (200). Invalid CEL is a 400 at /expression with the line and column.',
  })
  @ApiConsumes(...YAML_MEDIA_TYPES, 'application/json')
  @ApiBody({ type: ApplyPolicyRequest })
  @ApiCreatedResponse({ type: PolicyDto, description: 'A new policy' })
  @ApiOkResponse({ type: PolicyDto, description: 'A new revision, or nothing changed' })
  @ApiErrors({
    400: 'Invalid policy or CEL; each problem with its pointer',
    409: 'The id belongs to a policy of another scope',
    415: true,
  })
  async apply(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PolicyView> {
    const validId = parseInput(policyId, id, 'policy id');
    const parsed = parseInput(policyBody, readDocument(contentType, body), 'policy');
    if (parsed.id !== undefined && parsed.id !== validId) {
      throw new PolicyError('invalid_policy', `the body names policy ${parsed.id}, the URL ${validId}`, [
        { pointer: '/id', message: `must be '${validId}', the id in the URL` },
      ]);
    }
    const { policy, change } = await this.policies.apply(actor, toSpec(validId, parsed));
    response.status(change === 'created' ? 201 : 200);
    return toPolicyView(policy);
  }

  @Get()
  @ApiOperation({
    summary: 'Live policies, by id; filter by scope (global, domain:<name>) and target; `limit` and `cursor` page',
  })
  @ApiOkResponse({ type: PolicyPageDto })
  @ApiErrors({ 400: true })
  async list(@Query() query: unknown): Promise<Page<PolicyView>> {
    const page = await this.policies.list(parseInput(listPoliciesQuery, query, 'query'));
    return { items: page.items.map(toPolicyView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A live policy at its current revision' })
  @ApiOkResponse({ type: PolicyDto })
  @ApiErrors({ 404: true })
  async get(@Param('id') id: string): Promise<PolicyView> {
    return toPolicyView(await this.policies.get(id));
  }

  @Get(':id/revisions')
  @ApiOperation({ summary: 'Every revision of a policy, deleted ones included, oldest first' })
  @ApiOkResponse({ type: PolicyRevisionListDto })
  @ApiErrors({ 404: true })
  async history(@Param('id') id: string) {
    return { items: (await this.policies.history(id)).map(toRevisionView) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a policy (same rights as applying it); a new revision, and a re-evaluation' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: true })
  remove(@CurrentPrincipal() actor: AuthenticatedPrincipal, @Param('id') id: string): Promise<void> {
    return this.policies.remove(actor, id);
  }
}
