import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  ApiAuthenticated,
  ApiErrors,
  CurrentPrincipal,
  requireRole,
  type AuthenticatedPrincipal,
} from '@mesh/platform';
import { DriftCheck, type DriftReport } from './drift-check';
import { Rebuild, type RebuildReport } from './rebuild';

class DriftReportDto implements DriftReport {
  @ApiProperty({ description: 'Products that differed and were repaired (missing + stale + extra)' })
  drift!: number;

  @ApiProperty({ description: 'In the registry, not in the index' })
  missing!: number;

  @ApiProperty({ description: 'Indexed from another state than the registry has' })
  stale!: number;

  @ApiProperty({ description: 'In the index, not in the registry; removed' })
  extra!: number;

  @ApiProperty()
  checked!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  checkedAt!: string;
}

class RebuildReportDto implements RebuildReport {
  @ApiProperty({ description: 'The new index, now behind the alias' })
  index!: string;

  @ApiProperty()
  products!: number;

  @ApiProperty()
  durationMs!: number;
}

@ApiTags('admin')
@ApiAuthenticated()
@Controller('v1/admin')
export class AdminController {
  constructor(
    private readonly driftCheck: DriftCheck,
    private readonly rebuild: Rebuild,
  ) {}

  @Post('drift-check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Compare the index with the registry now and repair the differences (platform admins)',
    description: 'Missing and stale products are queued for indexing; the index converges within seconds.',
  })
  @ApiOkResponse({ type: DriftReportDto })
  checkDrift(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<DriftReportDto> {
    requireRole(principal, 'platform-admin');
    return this.driftCheck.run();
  }

  @Post('rebuild')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rebuild the index from the registry into a new index and swap the alias (platform admins)',
    description: 'Searches keep answering from the old index until the swap, which is atomic.',
  })
  @ApiOkResponse({ type: RebuildReportDto })
  @ApiErrors({ 409: 'A rebuild is running' })
  rebuildIndex(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<RebuildReportDto> {
    requireRole(principal, 'platform-admin');
    return this.rebuild.run();
  }
}
