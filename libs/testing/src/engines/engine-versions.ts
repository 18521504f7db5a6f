/** OpenLineage's Spark listener, which reports every Spark job to an OpenLineage endpoint (our lineage service). */
export const OPENLINEAGE_SPARK_PACKAGE = 'io.openlineage:openlineage-spark_2.13:1.53.0';
