import { OPENLINEAGE_SPARK_PACKAGE } from './engine-versions';
import type { SparkOptions } from './spark-session';

/**
 * What a Spark session needs to report its jobs to the lineage service as OpenLineage runs: the listener's package,
 * and its HTTP transport to `/api/v1/lineage` with the token as its api_key (a bearer token); `namespace` is the
 * jobs' namespace.
 */
export function openLineageSpark(lineage: {
  url: string;
  token: string;
  namespace: string;
}): Required<Pick<SparkOptions, 'conf' | 'packages'>> {
  return {
    packages: [OPENLINEAGE_SPARK_PACKAGE],
    conf: {
      'spark.extraListeners': 'io.openlineage.spark.agent.OpenLineageSparkListener',
      'spark.openlineage.namespace': lineage.namespace,
      'spark.openlineage.transport.type': 'http',
      'spark.openlineage.transport.url': lineage.url,
      'spark.openlineage.transport.endpoint': '/api/v1/lineage',
      'spark.openlineage.transport.auth.type': 'api_key',
      'spark.openlineage.transport.auth.apiKey': lineage.token,
    },
  };
}
