import { startBesideRegistry, type ServiceBesideRegistry } from './beside-registry';
import type { RegistryUnderTest } from './registry-under-test';

/** The governance service run from source as its own process, next to a registry under test. */
export interface GovernanceUnderTest extends ServiceBesideRegistry {
  serviceUrl: string;
}

/**
 * Starts governance on a Postgres schema of its own in mesh_governance, on the registry's topics (so it gates that
 * registry's proposals), with its own service principal in that registry.
 */
export async function startGovernance(
  label: string,
  registry: RegistryUnderTest,
  env: Record<string, string> = {},
): Promise<GovernanceUnderTest> {
  const governance = await startBesideRegistry('governance', label, registry, env);
  return { ...governance, serviceUrl: governance.service.url };
}
