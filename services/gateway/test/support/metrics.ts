import { metricSum } from '../../src/health/mesh-status';

/** A counter or gauge of a service's /metrics, summed over the series whose labels include `labels`. */
export async function metricValue(
  serviceUrl: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  return metricSum(await (await fetch(`${serviceUrl}/metrics`)).text(), name, labels) ?? 0;
}
