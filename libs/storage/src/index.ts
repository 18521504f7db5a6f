export { icebergAvroTypes } from './iceberg-avro';
export { deleteObjectsUnder, parseS3, s3Client } from './s3';
export type { S3Connection, S3Location } from './s3';
export { createTrinoCatalogStatement, SPARK_PACKAGES } from './engines';
