import { Controller, Get, Inject, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { ApiIcebergAuthenticated } from '../http/iceberg-openapi';
import { WAREHOUSE, type Warehouse } from '../warehouse/warehouse';

/** Every route of the spec this catalog serves, as `GET /v1/config` lists them. */
export const ENDPOINTS = [
  'GET /v1/{prefix}/namespaces',
  'POST /v1/{prefix}/namespaces',
  'GET /v1/{prefix}/namespaces/{namespace}',
  'HEAD /v1/{prefix}/namespaces/{namespace}',
  'DELETE /v1/{prefix}/namespaces/{namespace}',
  'POST /v1/{prefix}/namespaces/{namespace}/properties',
  'GET /v1/{prefix}/namespaces/{namespace}/tables',
  'POST /v1/{prefix}/namespaces/{namespace}/tables',
  'GET /v1/{prefix}/namespaces/{namespace}/tables/{table}',
  'HEAD /v1/{prefix}/namespaces/{namespace}/tables/{table}',
  'POST /v1/{prefix}/namespaces/{namespace}/tables/{table}',
  'DELETE /v1/{prefix}/namespaces/{namespace}/tables/{table}',
  'POST /v1/{prefix}/namespaces/{namespace}/tables/{table}/unregister',
  'GET /v1/{prefix}/namespaces/{namespace}/tables/{table}/credentials',
  'POST /v1/{prefix}/namespaces/{namespace}/tables/{table}/metrics',
  'POST /v1/{prefix}/namespaces/{namespace}/tables/{table}/sign',
  'POST /v1/{prefix}/namespaces/{namespace}/register',
  'POST /v1/{prefix}/tables/rename',
  'POST /v1/{prefix}/transactions/commit',
];

@ApiTags('config')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1/config')
export class CatalogConfigController {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Warehouse) {}

  @Get()
  @ApiOperation({ summary: "The catalog's configuration: the warehouse, and the endpoints it serves" })
  config() {
    return { defaults: {}, overrides: { warehouse: this.warehouse.root }, endpoints: ENDPOINTS };
  }
}
