import { Global, Module } from '@nestjs/common';
import { S3Client } from '@aws-sdk/client-s3';
import { CONFIG } from '@mesh/platform';
import type { CatalogConfig } from '../config';
import { LocalWarehouse } from './local-warehouse';
import { S3Warehouse } from './s3-warehouse';
import { WAREHOUSE, type Warehouse } from './warehouse';

/** The warehouse CATALOG_WAREHOUSE names: `s3://bucket/prefix`, or else a local directory. */
export function createWarehouse(config: CatalogConfig): Warehouse {
  const uri = config.CATALOG_WAREHOUSE;
  if (!/^s3a?:\/\//.test(uri)) return new LocalWarehouse(uri);
  const credentials =
    config.S3_ACCESS_KEY_ID !== undefined && config.S3_SECRET_ACCESS_KEY !== undefined
      ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
      : undefined;
  const client = new S3Client({
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_ENDPOINT !== undefined,
    credentials,
  });
  return new S3Warehouse({
    uri,
    client,
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
  });
}

@Global()
@Module({
  providers: [{ provide: WAREHOUSE, inject: [CONFIG], useFactory: createWarehouse }],
  exports: [WAREHOUSE],
})
export class WarehouseModule {}
