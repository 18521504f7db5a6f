import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLASSIFICATIONS } from '@mesh/descriptor';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { QUALITY_TIERS } from '@mesh/descriptor';
import { SLA_STATUSES } from '../indexing/product-document';
import { SearchResultDto, SuggestionsDto } from './search.dto';
import { PORT_TYPES, PRODUCT_STATUSES, searchQuery, SORTS, suggestQuery } from './search.requests';
import { SearchService } from './search.service';

const repeatable = 'Repeat the parameter for any of several values';
/** The service hands over answers already serialised (see SearchService). */
const JSON_CONTENT = 'application/json; charset=utf-8';

@ApiTags('search')
@ApiAuthenticated()
@Controller('v1')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('search')
  @ApiOperation({
    summary: 'Find data products: full text, filters with facets, search by schema field',
    description:
      '`q` searches names (boost 4), titles (3), tags (2), descriptions and schema field names, all words ' +
      'required, with highlights. `field` finds products with a schema field of that name. Filters combine with ' +
      'AND, values of one filter with OR; facets count the matching products per value. Pages follow ' +
      '`nextCursor` (search_after), stable while the index changes.\n\n' +
      '**Restricted products** (access visibility `restricted`) are discoverable by everyone: they are found by ' +
      'name, title and tags, and appear with their public attributes (domain, owner, tags, classification, ' +
      'status, ports, quality, SLA). Only platform admins and readers, owners and members of their domain and holders of an ' +
      'active grant see their description and schema, match them by description or schema field, and get ' +
      '`access: granted`; everyone else gets `access: restricted` and no description, schema or schema matches.',
  })
  @ApiQuery({ name: 'q', required: false, description: 'Words to look for, 1 to 200 characters' })
  @ApiQuery({ name: 'field', required: false, description: 'A schema field name, e.g. customer_id' })
  @ApiQuery({ name: 'domain', required: false, isArray: true, type: String, description: repeatable })
  @ApiQuery({ name: 'tag', required: false, isArray: true, type: String, description: repeatable })
  @ApiQuery({ name: 'classification', required: false, isArray: true, enum: CLASSIFICATIONS })
  @ApiQuery({ name: 'status', required: false, isArray: true, enum: PRODUCT_STATUSES })
  @ApiQuery({ name: 'portType', required: false, isArray: true, enum: PORT_TYPES })
  @ApiQuery({ name: 'qualityTier', required: false, isArray: true, enum: QUALITY_TIERS })
  @ApiQuery({ name: 'slaStatus', required: false, isArray: true, enum: SLA_STATUSES })
  @ApiQuery({
    name: 'sort',
    required: false,
    enum: SORTS,
    description: 'relevance (with q, the default then), name (the default without q), updated, quality, consumers',
  })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 100, 20 by default' })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page' })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiErrors({ 400: 'Invalid query; each problem names its parameter', 503: 'OpenSearch is unreachable; retry later' })
  @Header('content-type', JSON_CONTENT)
  find(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Query() query: unknown): Promise<string> {
    return this.search.search(principal, parseInput(searchQuery, query, 'query'));
  }

  @Get('suggest')
  @ApiOperation({ summary: 'Autocomplete product names and titles from a prefix (completion suggester)' })
  @ApiQuery({ name: 'prefix', description: '1 to 100 characters' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1 to 20, 8 by default' })
  @ApiOkResponse({ type: SuggestionsDto })
  @ApiErrors({ 400: 'Invalid query; each problem names its parameter', 503: 'OpenSearch is unreachable; retry later' })
  @Header('content-type', JSON_CONTENT)
  suggest(@Query() query: unknown): Promise<string> {
    return this.search.suggest(parseInput(suggestQuery, query, 'query'));
  }
}
