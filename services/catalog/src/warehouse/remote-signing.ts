import type { SigV4Signer } from '../signer/sigv4';
import type { S3Warehouse } from './s3-warehouse';

/**
 * What the S3 signer needs of an S3 warehouse: the store it signs for and the keys, which only the catalog holds.
 * Null (the REMOTE_SIGNING provider) for a local warehouse.
 */
export interface RemoteSigning {
  warehouse: S3Warehouse;
  /** Requests to any other host are not signed. */
  endpoint: URL;
  region: string;
  signer: SigV4Signer;
}

export const REMOTE_SIGNING = 'catalog:remote-signing';
