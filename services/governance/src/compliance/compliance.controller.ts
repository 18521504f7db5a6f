import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated } from '@mesh/platform';
import { ComplianceService } from './compliance.service';

@ApiTags('compliance')
@ApiAuthenticated()
@Controller('v1/compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @ApiOperation({
    summary: 'Compliance of the readable product versions, overall and per domain',
    description:
      'Pass rate (versions with no failing policy, waivers aside), open violations by severity, and the trend ' +
      'over the daily snapshots of the last 30 days.',
  })
  @ApiOkResponse({
    description: '{ overall, domains: [{ domain, products, passing, passRate, openViolations, trend }] }',
  })
  overall() {
    return this.compliance.report();
  }

  @Get(':domain')
  @ApiOperation({ summary: "One domain's compliance, with each open violation" })
  @ApiOkResponse({ description: '{ domain, products, passing, passRate, openViolations, trend, violations }' })
  domain(@Param('domain') domain: string) {
    return this.compliance.report(domain);
  }
}
