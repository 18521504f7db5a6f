import type { S3Connection } from './s3';

// How the distributed engines reach the mesh's warehouse; the engines' suites (`./platform test engines`) prove both.

/**
 * Iceberg's Spark runtime for Spark 4.1 (PySpark's version in conformance/engines/requirements.txt) and its AWS
 * bundle, whose S3FileIO signs every request to the store through the catalog (remote signing): what a Spark session
 * on the mesh loads from Maven Central.
 */
export const SPARK_PACKAGES = [
  'org.apache.iceberg:iceberg-spark-runtime-4.1_2.13:1.12.0',
  'org.apache.iceberg:iceberg-aws-bundle:1.12.0',
] as const;

/**
 * The statement that makes a Trino catalog on one of the mesh's Iceberg REST catalogs whose warehouse is in an S3
 * store. Trino cannot sign remotely, so its file system gets the store's keys (kept by Trino, never by its users);
 * `token` is Trino's own principal's, for what Trino asks outside a query, and with `session=USER` each query's
 * requests to the catalog carry the querying principal's token instead (its extra credential `token`): the catalog
 * authorises every load and commit as that principal's.
 */
export function createTrinoCatalogStatement(
  name: string,
  catalog: { uri: string; token: string },
  store: S3Connection,
): string {
  const properties: Record<string, string> = {
    'iceberg.catalog.type': 'rest',
    'iceberg.rest-catalog.uri': catalog.uri,
    'iceberg.rest-catalog.security': 'OAUTH2',
    'iceberg.rest-catalog.oauth2.token': catalog.token,
    'iceberg.rest-catalog.session': 'USER',
    'fs.native-s3.enabled': 'true',
    ...(store.endpoint === undefined ? {} : { 's3.endpoint': store.endpoint, 's3.path-style-access': 'true' }),
    's3.region': store.region,
    's3.aws-access-key': store.accessKeyId,
    's3.aws-secret-key': store.secretAccessKey,
  };
  const values = Object.entries(properties)
    .map(([key, value]) => `"${key}" = '${value.replaceAll("'", "''")}'`)
    .join(', ');
  return `CREATE CATALOG IF NOT EXISTS "${name}" USING iceberg WITH (${values})`;
}
