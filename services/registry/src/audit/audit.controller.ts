import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { AuditPageDto } from './audit.dto';
import { auditQuery } from './audit.requests';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiAuthenticated()
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'The audit log, newest first',
    description:
      "The whole mesh's: the registry's own changes (with the subject before and after) and every write request " +
      'another service answered, allowed or refused (with its path and status). ' +
      'Platform and governance admins see every entry; a domain owner sees the entries of their domains. ' +
      'Follow `nextCursor` for older entries.',
  })
  @ApiQuery({ name: 'subject', required: false, description: 'URN of the changed entity' })
  @ApiQuery({ name: 'service', required: false, example: 'governance', description: 'The service that answered' })
  @ApiQuery({ name: 'requestId', required: false, description: 'The x-request-id of the write' })
  @ApiQuery({ name: 'actor', required: false, description: 'Id of the acting principal' })
  @ApiQuery({ name: 'action', required: false, example: 'domain.created' })
  @ApiQuery({ name: 'since', required: false, description: 'Inclusive, ISO 8601' })
  @ApiQuery({ name: 'until', required: false, description: 'Exclusive, ISO 8601' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors({ 400: true })
  list(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown): Promise<AuditPageDto> {
    return this.audit.query(reader, parseInput(auditQuery, query, 'query'));
  }
}
