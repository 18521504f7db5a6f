import { errorFamily } from '@mesh/platform';
import type { EntityManager } from 'typeorm';
import type { MonitoredVersion, MonitoredVersionsRepository } from './monitored-versions.repository';

export const MonitoringError = errorFamily('MonitoringError', { product_not_monitored: 404 });

/** The product's latest monitored version, which its score and SLA are about; 404 when none was published. */
export async function requireLatestMonitored(
  versions: MonitoredVersionsRepository,
  manager: EntityManager,
  domain: string,
  name: string,
): Promise<MonitoredVersion> {
  const version = await versions.latest(manager, domain, name);
  if (version === null) {
    throw new MonitoringError('product_not_monitored', `product ${domain}/${name} has no published version monitored`);
  }
  return version;
}
