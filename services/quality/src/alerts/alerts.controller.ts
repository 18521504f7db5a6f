import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiAuthenticated,
  CurrentPrincipal,
  ErrorResponse,
  parseInput,
  type AuthenticatedPrincipal,
} from '@mesh/platform';
import { acknowledgeBody, alertParams } from '../results/results.requests';
import { AcknowledgeRequest, AlertDto } from './alerts.dto';
import { AlertsService } from './alerts.service';

@ApiTags('alerts')
@ApiAuthenticated()
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge an open alert (owners and members of its domain); emits quality.alert.acknowledged',
    description: 'The alert stays open until its condition clears.',
  })
  @ApiBody({ type: AcknowledgeRequest, required: false })
  @ApiOkResponse({ type: AlertDto })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The alert is resolved' })
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
