import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { VersionDto } from '../products/products.dto';
import { DeprecateRequest } from './lifecycle.dto';
import { deprecateBody } from './lifecycle.requests';
import { LifecycleService } from './lifecycle.service';

@ApiTags('products')
@ApiAuthenticated()
@Controller('v1/products')
export class DeprecationController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Post(':domain/:name/versions/:version/deprecate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Deprecate a published version (writers of its domain); emits product.version.deprecated',
    description: 'The version keeps resolving until its sunset, then retires (product.version.retired).',
  })
  @ApiBody({ type: DeprecateRequest })
  @ApiOkResponse({ type: VersionDto })
  @ApiErrors({
    400: 'Invalid body; each problem with its JSON pointer',
    404: true,
    409: 'The version is not published; the message says its state',
    422: 'The replacement resolves to no readable version',
  })
  deprecate(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Param('version') version: string,
    @Body() body: unknown,
  ): Promise<VersionDto> {
    return this.lifecycle.deprecate(actor, { domain, name, version }, parseInput(deprecateBody, body));
  }
}
