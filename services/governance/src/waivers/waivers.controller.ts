import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  ApiAuthenticated,
  ApiErrors,
  CurrentPrincipal,
  parseInput,
  type AuthenticatedPrincipal,
  type Page,
} from '@mesh/platform';
import { createWaiverBody, listWaiversQuery, waiverId } from './waivers.requests';
import type { Waiver } from './waivers.repository';
import { WaiversService } from './waivers.service';

class CreateWaiverRequest {
  @ApiProperty({ example: 'sales/orders' })
  product!: string;

  @ApiProperty({ example: 'freshness-sla' })
  policyId!: string;

  @ApiProperty({ example: 'The SLA is being agreed with the consumers; due next quarter' })
  reason!: string;

  @ApiProperty({ example: '2027-03-31T00:00:00Z', description: 'A date-time with a time zone, in the future' })
  expiresAt!: string;
}

class WaiverDto extends CreateWaiverRequest {
  @ApiProperty()
  id!: string;

  @ApiProperty({ description: 'Principal id of the governance admin who granted it' })
  approver!: string;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ nullable: true, type: String })
  revokedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  revokedBy!: string | null;

  @ApiProperty({ description: 'Neither revoked nor expired' })
  active!: boolean;
}

class WaiverPageDto {
  @ApiProperty({ type: [WaiverDto] })
  items!: WaiverDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}

function toView(waiver: Waiver): WaiverDto {
  return {
    id: waiver.id,
    product: `${waiver.domain}/${waiver.name}`,
    policyId: waiver.policyId,
    reason: waiver.reason,
    expiresAt: waiver.expiresAt.toISOString(),
    approver: waiver.approver,
    createdAt: waiver.createdAt.toISOString(),
    revokedAt: waiver.revokedAt?.toISOString() ?? null,
    revokedBy: waiver.revokedBy,
    active: waiver.revokedAt === null && waiver.expiresAt.getTime() > Date.now(),
  };
}

@ApiTags('waivers')
@ApiAuthenticated()
@Controller('v1/waivers')
export class WaiversController {
  constructor(private readonly waivers: WaiversService) {}

  @Post()
  @ApiOperation({
    summary: 'Exempt one product from one policy until a date (governance-admin or platform-admin)',
    description: 'The caller is the approver. The product is re-evaluated at once, and again when the waiver expires.',
  })
  @ApiBody({ type: CreateWaiverRequest })
  @ApiCreatedResponse({ type: WaiverDto })
  @ApiErrors({ 400: true, 404: 'No such policy' })
  async create(@CurrentPrincipal() actor: AuthenticatedPrincipal, @Body() body: unknown): Promise<WaiverDto> {
    return toView(await this.waivers.create(actor, parseInput(createWaiverBody, body)));
  }

  @Get()
  @ApiOperation({
    summary:
      'Waivers, oldest first, of one product (`product=domain/name`), active ones only unless active=false; ' +
      '`limit` and `cursor` page',
  })
  @ApiOkResponse({ type: WaiverPageDto })
  @ApiErrors({ 400: true })
  async list(@Query() query: unknown): Promise<Page<WaiverDto>> {
    const page = await this.waivers.list(parseInput(listWaiversQuery, query, 'query'));
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a waiver (governance-admin or platform-admin); the product is re-evaluated' })
  @ApiOkResponse({ type: WaiverDto })
  @ApiErrors({ 404: true, 409: 'The waiver is already revoked or expired' })
  async revoke(@CurrentPrincipal() actor: AuthenticatedPrincipal, @Param('id') id: string): Promise<WaiverDto> {
    return toView(await this.waivers.revoke(actor, parseInput(waiverId, id, 'waiver id')));
  }
}
