import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProductReaders } from '@mesh/messaging';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { requireReadable } from '../products/latest-monitored';
import { productParams } from '../results/results.requests';
import { FreshnessService } from './freshness.service';
import { ProductSlaDto } from './sla.dto';

@ApiTags('quality')
@ApiAuthenticated()
@Controller('v1/products')
export class SlaController {
  constructor(
    private readonly freshness: FreshnessService,
    private readonly readers: ProductReaders,
  ) {}

  @Get(':domain/:name/sla')
  @ApiOperation({
    summary: "Where the product's latest published version stands against its SLA now, port by port",
    description:
      'Judged as the freshness monitor judges, at the moment of the request: a port past its objective is ' +
      'breached here before the next sweep announces it.',
  })
  @ApiOkResponse({ type: ProductSlaDto })
  @ApiErrors({ 400: true, 404: 'No published version of the product is monitored, or the caller may not read it' })
  async sla(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Param() params: unknown): Promise<ProductSlaDto> {
    const { domain, name } = parseInput(productParams, params, 'path');
    await requireReadable(this.readers, reader, domain, name);
    return this.freshness.sla(domain, name);
  }
}
