import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLASSIFICATIONS,
  QUALITY_TIERS,
  type Classification,
  type QualityTier,
  type Visibility,
} from '@mesh/descriptor';
import {
  SLA_STATUSES,
  type PortDocument,
  type SchemaFieldDocument,
  type SlaStatus,
  type VersionState,
} from '../indexing/product-document';
import type { ProductAccess } from '@mesh/platform';
import type { FacetBucket, LineageNeighbour, SearchHit, SearchResult, Suggestion } from './search.service';
import type { FacetName } from './search-query';

// Shapes of the search API for the OpenAPI document; queries are validated in search.requests.ts.

class VersionStateDto implements VersionState {
  @ApiProperty({ example: '1.4.0' })
  version!: string;

  @ApiProperty({ example: 'published' })
  state!: string;
}

class SchemaFieldDto implements SchemaFieldDocument {
  @ApiProperty({ example: 'orders' })
  table!: string;

  @ApiProperty({ example: 'customer_id' })
  name!: string;

  @ApiProperty({ example: 'uuid' })
  type!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: CLASSIFICATIONS, nullable: true })
  classification!: Classification | null;

  @ApiProperty()
  pii!: boolean;
}

class PortDto implements PortDocument {
  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ enum: ['iceberg-table', 'kafka-topic'] })
  type!: string;

  @ApiProperty({ type: String, nullable: true, example: 'sales.orders', description: 'Null until provisioned' })
  address!: string | null;
}

class LineageNeighbourDto implements LineageNeighbour {
  @ApiProperty({ example: 'urn:mesh:product:sales:orders' })
  urn!: string;

  @ApiProperty({ type: String, nullable: true, description: "The product's domain; null for a dataset" })
  domain!: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The product's name; null for a dataset" })
  name!: string | null;
}

export class SearchHitDto implements SearchHit {
  @ApiProperty({ example: 'sales/orders' })
  key!: string;

  @ApiProperty({ example: 'sales' })
  domain!: string;

  @ApiProperty({ example: 'orders' })
  name!: string;

  @ApiProperty({ example: 'Customer orders' })
  title!: string;

  @ApiPropertyOptional({ description: 'Absent when access is restricted' })
  description?: string;

  @ApiProperty({ type: String, nullable: true, description: 'The owning team; null when the descriptor names none' })
  owner!: string | null;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ enum: CLASSIFICATIONS })
  classification!: Classification;

  @ApiProperty({ enum: ['public', 'internal', 'restricted'] })
  visibility!: Visibility;

  @ApiProperty({
    enum: ['open', 'granted', 'restricted'],
    description:
      'open: not a restricted product. granted: restricted, and the caller may see it all (platform admin or reader, owner ' +
      'or member of its domain, or holder of an active grant). restricted: the caller sees only its public ' +
      'attributes; description, schema and schema matches are left out, and it can be found only by name, ' +
      'title and tags.',
  })
  access!: ProductAccess;

  @ApiProperty({ description: 'Lifecycle state of the latest version', example: 'published' })
  status!: string;

  @ApiProperty({ example: '1.4.0' })
  latestVersion!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Highest published or deprecated version' })
  readableVersion!: string | null;

  @ApiProperty({ example: 'mesh://sales/orders/v1' })
  address!: string;

  @ApiProperty({ type: [VersionStateDto] })
  versions!: VersionStateDto[];

  @ApiPropertyOptional({ type: [SchemaFieldDto], description: 'Absent when access is restricted' })
  schema?: SchemaFieldDto[];

  @ApiPropertyOptional({ type: [String], description: 'With `field`: the matching fields, as table.field' })
  matchedFields?: string[];

  @ApiProperty({ type: [PortDto] })
  ports!: PortDto[];

  @ApiProperty({ type: [String] })
  portTypes!: string[];

  @ApiProperty({ type: Number, nullable: true, description: 'Share of quality rules passed in the last check' })
  qualityScore!: number | null;

  @ApiProperty({ enum: QUALITY_TIERS, description: 'gold ≥ 0.95, silver ≥ 0.8, bronze below, unrated' })
  qualityTier!: QualityTier;

  @ApiProperty({ enum: SLA_STATUSES })
  slaStatus!: SlaStatus;

  @ApiProperty({ type: [String], example: ['freshness'] })
  slaBreaches!: string[];

  @ApiProperty()
  openAlerts!: number;

  @ApiProperty({ description: 'Principals holding an active grant' })
  consumerCount!: number;

  @ApiProperty({ type: [LineageNeighbourDto], description: 'Lineage: the products and datasets data comes from' })
  upstream!: LineageNeighbourDto[];

  @ApiProperty({ type: [LineageNeighbourDto], description: 'Lineage: the products and datasets data flows into' })
  downstream!: LineageNeighbourDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ description: 'Revision of the indexed state (epoch ms of its newest change)' })
  revision!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Relevance; null when sorted otherwise' })
  score!: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'Matching fragments by field, matches in <em>',
  })
  highlights!: Record<string, string[]>;
}

class FacetBucketDto implements FacetBucket {
  @ApiProperty()
  value!: string;

  @ApiProperty()
  count!: number;
}

class FacetsDto implements Record<FacetName, FacetBucket[]> {
  @ApiProperty({ type: [FacetBucketDto] })
  domain!: FacetBucketDto[];

  @ApiProperty({ type: [FacetBucketDto] })
  tag!: FacetBucketDto[];

  @ApiProperty({ type: [FacetBucketDto] })
  classification!: FacetBucketDto[];

  @ApiProperty({ type: [FacetBucketDto] })
  status!: FacetBucketDto[];

  @ApiProperty({ type: [FacetBucketDto] })
  portType!: FacetBucketDto[];

  @ApiProperty({ type: [FacetBucketDto] })
  qualityTier!: FacetBucketDto[];

  @ApiProperty({ type: [FacetBucketDto] })
  slaStatus!: FacetBucketDto[];
}

export class SearchResultDto implements SearchResult {
  @ApiProperty()
  total!: number;

  @ApiProperty({ description: 'False when there are more matches than total (counting stops at 10,000)' })
  totalExact!: boolean;

  @ApiProperty({ type: [SearchHitDto] })
  items!: SearchHitDto[];

  @ApiProperty({ type: FacetsDto, description: 'Counts of the matching products per value' })
  facets!: FacetsDto;

  @ApiProperty({ type: String, nullable: true, description: 'The `cursor` of the next page; null on the last one' })
  nextCursor!: string | null;
}

export class SuggestionDto implements Suggestion {
  @ApiProperty({ description: 'The completed text', example: 'orders' })
  text!: string;

  @ApiProperty()
  domain!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  title!: string;
}

export class SuggestionsDto {
  @ApiProperty({ type: [SuggestionDto] })
  items!: SuggestionDto[];
}
