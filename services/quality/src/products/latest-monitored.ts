import type { ProductReaders } from '@mesh/messaging';
import { errorFamily, type AuthenticatedPrincipal } from '@mesh/platform';
import type { EntityManager } from 'typeorm';
import type { MonitoredVersion, MonitoredVersionsRepository } from './monitored-versions.repository';

export const MonitoringError = errorFamily('MonitoringError', { product_not_monitored: 404 });

const notMonitored = (domain: string, name: string) =>
  new MonitoringError('product_not_monitored', `product ${domain}/${name} has no published version monitored`);

/** The product's latest monitored version, which its score and SLA are about; 404 when none was published. */
export async function requireLatestMonitored(
  versions: MonitoredVersionsRepository,
  manager: EntityManager,
  domain: string,
  name: string,
): Promise<MonitoredVersion> {
  const version = await versions.latest(manager, domain, name);
  if (version === null) throw notMonitored(domain, name);
  return version;
}

/**
 * A restricted product the caller may not read answers exactly as one never published (the same 404), so that its
 * routes do not tell that it exists.
 */
export async function requireReadable(
  readers: ProductReaders,
  principal: AuthenticatedPrincipal,
  domain: string,
  name: string,
): Promise<void> {
  if (!(await readers.mayRead(principal, { domain, name }))) throw notMonitored(domain, name);
}
