/**
 * The Spark jars a session on the mesh needs, from Maven Central: Iceberg's runtime for Spark 4.1 (PySpark's version,
 * conformance/engines/requirements.txt) and its AWS bundle, whose S3FileIO signs every request to the store through
 * the catalog.
 */
export const ICEBERG_VERSION = '1.12.0';
export const SPARK_PACKAGES = [
  `org.apache.iceberg:iceberg-spark-runtime-4.1_2.13:${ICEBERG_VERSION}`,
  `org.apache.iceberg:iceberg-aws-bundle:${ICEBERG_VERSION}`,
] as const;

/** OpenLineage's Spark listener, which reports every Spark job to an OpenLineage endpoint (our lineage service). */
export const OPENLINEAGE_SPARK_PACKAGE = 'io.openlineage:openlineage-spark_2.13:1.53.0';
