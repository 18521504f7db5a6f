import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, parseInput } from '@mesh/platform';
import { ResolutionDto } from './addresses.dto';
import { resolveQuery } from './addresses.requests';
import { AddressesService } from './addresses.service';

@ApiTags('addresses')
@ApiAuthenticated()
@Controller('v1/resolve')
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Get()
  @ApiOperation({
    summary: 'Resolve a mesh address to the latest readable version of its major and its output ports',
    description:
      'Readable means published, or deprecated and before its sunset. Each port comes with its Iceberg table ' +
      '(catalog URI, namespace, table) or its Kafka topic.',
  })
  @ApiQuery({ name: 'address', example: 'mesh://sales/orders/v1' })
  @ApiOkResponse({ type: ResolutionDto })
  @ApiErrors({ 400: 'Not a mesh address', 404: 'No readable version of that major' })
  resolve(@Query() query: unknown): Promise<ResolutionDto> {
    return this.addresses.resolve(parseInput(resolveQuery, query, 'query').address);
  }
}
