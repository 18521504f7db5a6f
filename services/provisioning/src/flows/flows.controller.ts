import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ApiAuthenticated,
  ApiErrors,
  CurrentPrincipal,
  parseInput,
  requireRole,
  type AuthenticatedPrincipal,
} from '@mesh/platform';
import { FLOW_KINDS, FLOW_STATES } from './flow.entity';
import type { FlowView } from './flow.views';
import { flowKindQuery, listFlowsQuery } from './flows.requests';
import { FlowsService } from './flows.service';

/** What operators see of provisioning's work, and the retry of a failed flow. */
@ApiTags('flows')
@ApiAuthenticated()
@Controller('v1/flows')
export class FlowsController {
  constructor(private readonly flows: FlowsService) {}

  @Get()
  @ApiOperation({ summary: 'Provisioning and retirement flows, newest first, a page at a time' })
  @ApiQuery({ name: 'domain', required: false })
  @ApiQuery({ name: 'state', required: false, enum: FLOW_STATES })
  @ApiQuery({ name: 'kind', required: false, enum: FLOW_KINDS })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ description: '`{ items: Flow[], nextCursor }`' })
  @ApiErrors({ 400: true })
  list(@Query() query: unknown): Promise<{ items: FlowView[]; nextCursor: string | null }> {
    return this.flows.list(parseInput(listFlowsQuery, query, 'query'));
  }

  @Get(':domain/:product/:version')
  @ApiOperation({
    summary: "A version's flow: its state and each port's job (state, attempts, progress, failure reason)",
  })
  @ApiQuery({ name: 'kind', required: false, enum: FLOW_KINDS, description: 'provision by default' })
  @ApiOkResponse({ description: 'The flow' })
  @ApiErrors({ 400: true, 404: true })
  get(
    @Param('domain') domain: string,
    @Param('product') product: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<FlowView> {
    const { kind } = parseInput(flowKindQuery, query, 'query');
    return this.flows.detail(kind, { domain, name: product, version });
  }

  @Post(':domain/:product/:version/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the failed port jobs of a flow again, with all their attempts (platform admins)' })
  @ApiQuery({ name: 'kind', required: false, enum: FLOW_KINDS, description: 'provision by default' })
  @ApiOkResponse({ description: 'The flow, its failed ports pending again' })
  @ApiErrors({ 404: true, 409: 'No port of the flow failed' })
  async retry(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('product') product: string,
    @Param('version') version: string,
    @Query() query: unknown,
  ): Promise<FlowView> {
    requireRole(actor, 'platform-admin');
    const { kind } = parseInput(flowKindQuery, query, 'query');
    const ref = { domain, name: product, version };
    await this.flows.retry(kind, ref);
    return this.flows.detail(kind, ref);
  }
}
