import { Global, Module } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { s3Client } from '@mesh/storage';
import type { CatalogConfig } from '../config';
import { SigV4Signer } from '../signer/sigv4';
import { LocalWarehouse } from './local-warehouse';
import { S3Warehouse } from './s3-warehouse';
import { REMOTE_SIGNING, type RemoteSigning } from './remote-signing';
import { WAREHOUSE, type Warehouse } from './warehouse';

const isS3 = (config: CatalogConfig): boolean => /^s3a?:\/\//.test(config.CATALOG_WAREHOUSE);

/** The store's keys: an S3 warehouse needs them, since the catalog signs every client's requests with them. */
function storeCredentials(config: CatalogConfig) {
  if (config.S3_ACCESS_KEY_ID === undefined || config.S3_SECRET_ACCESS_KEY === undefined)
    throw new Error(
      `CATALOG_WAREHOUSE=${config.CATALOG_WAREHOUSE} needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: the catalog ` +
        "signs its clients' requests to the store with them (infra/local/stack makes them into $MESH_HOME/s3)",
    );
  return { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY };
}

/** The store's address: S3_ENDPOINT, else AWS's regional endpoint. */
export function storeEndpoint(config: CatalogConfig): URL {
  return new URL(config.S3_ENDPOINT ?? `https://s3.${config.S3_REGION}.amazonaws.com`);
}

/** The warehouse CATALOG_WAREHOUSE names: `s3://bucket/prefix`, or else a local directory. */
export function createWarehouse(config: CatalogConfig): Warehouse {
  const uri = config.CATALOG_WAREHOUSE;
  if (!isS3(config)) return new LocalWarehouse(uri);
  const client = s3Client({ endpoint: config.S3_ENDPOINT, region: config.S3_REGION, ...storeCredentials(config) });
  return new S3Warehouse({
    uri,
    client,
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    signerUri: config.CATALOG_URL ?? `http://127.0.0.1:${config.PORT}`,
  });
}

function createRemoteSigning(config: CatalogConfig, warehouse: Warehouse): RemoteSigning | null {
  if (!(warehouse instanceof S3Warehouse)) return null;
  return {
    warehouse,
    endpoint: storeEndpoint(config),
    region: config.S3_REGION,
    signer: new SigV4Signer(storeCredentials(config)),
  };
}

@Global()
@Module({
  providers: [
    {
      provide: WAREHOUSE,
      inject: [CONFIG],
      useFactory: async (config: CatalogConfig) => {
        const warehouse = createWarehouse(config);
        await warehouse.prepare();
        return warehouse;
      },
    },
    { provide: REMOTE_SIGNING, inject: [CONFIG, WAREHOUSE], useFactory: createRemoteSigning },
  ],
  exports: [WAREHOUSE, REMOTE_SIGNING],
})
export class WarehouseModule {}
