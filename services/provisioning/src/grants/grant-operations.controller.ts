import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ApiAuthenticated,
  ApiErrors,
  CurrentPrincipal,
  parseInput,
  type AuthenticatedPrincipal,
  type Page,
} from '@mesh/platform';
import { PORT_STATES } from '../flows/flow.entity';
import type { GrantOperationView } from './grant-operation.views';
import { listGrantOperationsQuery } from './grants.requests';
import { GrantsService } from './grants.service';

/** What operators see of the access events' work: each grant applied or removed in the catalog and on Kafka. */
@ApiTags('grants')
@ApiAuthenticated()
@Controller('v1/grant-operations')
export class GrantOperationsController {
  constructor(private readonly grants: GrantsService) {}

  @Get()
  @ApiOperation({
    summary: "A domain's grant operations, newest first (its members and platform operators)",
    description:
      'Each access.granted applies a grant (a catalog grant, and Kafka read bindings on the product’s topics for ' +
      'the holder’s pipeline); each access.revoked or expiry removes it. `effects` names what the operation changes.',
  })
  @ApiQuery({ name: 'domain', required: true })
  @ApiQuery({ name: 'product', required: false })
  @ApiQuery({ name: 'state', required: false, enum: PORT_STATES })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ description: '`{ items: GrantOperation[], nextCursor }`' })
  @ApiErrors({ 400: true, 403: 'Neither a member of the domain nor a platform operator' })
  list(@CurrentPrincipal() reader: AuthenticatedPrincipal, @Query() query: unknown): Promise<Page<GrantOperationView>> {
    return this.grants.list(reader, parseInput(listGrantOperationsQuery, query, 'query'));
  }
}
