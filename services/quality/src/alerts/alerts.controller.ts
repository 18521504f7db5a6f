import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { acknowledgeBody, alertParams } from '../results/results.requests';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES } from './alert.model';
import { AcknowledgeRequest, AlertDto, AlertPageDto } from './alerts.dto';
import { alertsQuery } from './alerts.requests';
import { AlertsService } from './alerts.service';

@ApiTags('alerts')
@ApiAuthenticated()
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({
    summary: 'Alerts across the mesh, most recently raised first',
    description:
      'For ops dashboards. Filters combine; the values of one filter are alternatives, repeated or comma-separated. ' +
      'Follow `nextCursor`: alerts opened meanwhile do not shift later pages, but one raised again moves to the front. ' +
      'The alerts of restricted products the caller may not read are left out.',
  })
  @ApiQuery({
    name: 'state',
    required: false,
    isArray: true,
    enum: ALERT_STATES,
    description: 'open and acknowledged by default',
  })
  @ApiQuery({ name: 'domain', required: false, example: 'sales' })
  @ApiQuery({ name: 'name', required: false, example: 'orders', description: 'A product of the domain; needs domain' })
  @ApiQuery({ name: 'severity', required: false, isArray: true, enum: ALERT_SEVERITIES })
  @ApiQuery({ name: 'kind', required: false, isArray: true, enum: ALERT_KINDS })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ type: AlertPageDto })
  @ApiErrors({ 400: 'A malformed parameter, named by its pointer' })
  list(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown): Promise<AlertPageDto> {
    return this.alerts.list(reader, parseInput(alertsQuery, query, 'query'));
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge an open alert (owners and members of its domain); emits quality.alert.acknowledged',
    description: 'The alert stays open until its condition clears.',
  })
  @ApiBody({ type: AcknowledgeRequest, required: false })
  @ApiOkResponse({ type: AlertDto })
  @ApiErrors({ 400: true, 404: true, 409: 'The alert is resolved' })
  acknowledge(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<AlertDto> {
    const { id } = parseInput(alertParams, params, 'path');
    const { note } = parseInput(acknowledgeBody, body ?? {});
    return this.alerts.acknowledge(actor, id, note ?? null);
  }
}
