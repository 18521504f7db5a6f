import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import type { Response } from 'express';
import { VERSION_STATES } from '../lifecycle/version-lifecycle';
import { YAML_MEDIA_TYPES } from './descriptor-body';
import { ApplyResultDto, DescriptorDto, OdcsContractDto, ProductDto, ProductPageDto } from './products.dto';
import { applyQuery, DESCRIPTOR_FORMATS, listProductsQuery, versionQuery } from './products.requests';
import { ProductsService } from './products.service';

@ApiTags('products')
@ApiAuthenticated()
@Controller('v1/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Put(':domain/:name')
  @ApiOperation({
    summary: 'Apply a descriptor (writers of its domain); emits product.version.proposed for a new version',
    description:
      'The same descriptor again creates nothing (200, created false); a changed one becomes a new version in ' +
      '`proposed` (201). Its version must be new and cover its changes since the highest version not rejected: ' +
      'a breaking change needs a new major. `dryRun=true` checks everything and stores nothing.',
  })
  @ApiConsumes(...YAML_MEDIA_TYPES, 'application/json')
  @ApiExtraModels(DescriptorDto)
  @ApiBody({
    description: 'The descriptor (apiVersion mesh/v1, kind DataProduct; libs/descriptor/schema), as YAML or JSON',
    schema: { $ref: getSchemaPath(DescriptorDto) },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiCreatedResponse({ type: ApplyResultDto, description: 'A new version was proposed' })
  @ApiOkResponse({ type: ApplyResultDto, description: 'Nothing changed, or a dry run' })
  @ApiErrors({
    400: 'Invalid descriptor; each problem with its JSON pointer',
    404: 'No such domain',
    409: 'The version exists with other content, or does not cover its changes (each one with its pointer)',
    415: true,
  })
  async apply(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Query() query: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplyResultDto> {
    const { dryRun } = parseInput(applyQuery, query, 'query');
    const result = await this.products.apply(actor, { domain, name, contentType, body, dryRun });
    response.status(result.created && !result.dryRun ? 201 : 200);
    return result;
  }

  @Get()
  @ApiOperation({ summary: 'Products by domain and name, a page at a time' })
  @ApiQuery({ name: 'domain', required: false, type: String })
  @ApiQuery({ name: 'status', required: false, enum: VERSION_STATES, description: 'Has a version in this state' })
  @ApiQuery({ name: 'tag', required: false, type: String })
  @ApiQuery({ name: 'q', required: false, type: String, description: 'Part of the name or title, case-insensitive' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 200, 50 by default' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ type: ProductPageDto })
  @ApiErrors({ 400: true })
  list(@Query() query: unknown): Promise<ProductPageDto> {
    return this.products.list(parseInput(listProductsQuery, query, 'query'));
  }

  @Get(':domain/:name')
  @ApiOperation({ summary: 'A product with every version and its lifecycle state' })
  @ApiOkResponse({ type: ProductDto })
  @ApiErrors({ 404: true })
  get(@Param('domain') domain: string, @Param('name') name: string): Promise<ProductDto> {
    return this.products.get(domain, name);
  }

  @Get(':domain/:name/versions/:version')
  @ApiOperation({
    summary: 'The descriptor of a version as stored',
    description: '`format=odcs` gives its contract as an ODCS v3.1 document, with the status of the version.',
  })
  @ApiQuery({ name: 'format', required: false, enum: DESCRIPTOR_FORMATS })
  @ApiProduces('application/json', 'application/yaml')
  @ApiExtraModels(DescriptorDto, OdcsContractDto)
  @ApiOkResponse({
    description: 'The descriptor (`json`, the default, or `yaml`), or the ODCS contract (`odcs`)',
    content: {
      'application/json': {
        schema: { oneOf: [{ $ref: getSchemaPath(DescriptorDto) }, { $ref: getSchemaPath(OdcsContractDto) }] },
      },
      // The YAML text is the same document as the JSON: a client (or a fuzzer) that reads it gets a descriptor.
      'application/yaml': { schema: { $ref: getSchemaPath(DescriptorDto) } },
    },
  })
  @ApiErrors({ 400: 'An unknown format', 404: true })
  async version(
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Param('version') version: string,
    @Query() query: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | object> {
    const { format } = parseInput(versionQuery, query, 'query');
    const rendered = await this.products.descriptor(domain, name, version, format);
    response.type(rendered.contentType);
    return rendered.body;
  }
}
