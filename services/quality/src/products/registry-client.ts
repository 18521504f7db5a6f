import type { OutputPort, ProductVersionRef } from '@mesh/contracts';
import { validateDescriptor, type DataProductDescriptor } from '@mesh/descriptor';
import { createRegistryClient, requireData, type RegistryClient as RegistryApi } from '@mesh/registry-client';
import { describeVersion } from './product-ref';

/**
 * The registry's HTTP API as the quality service reads it, with its service token. Any failure, a missing version
 * included, throws (a RegistryUnavailableError): the event that asked is handled again later.
 */
export class RegistryClient {
  private readonly registry: RegistryApi;

  constructor(baseUrl: string, token: string | undefined) {
    this.registry = createRegistryClient({ baseUrl, token });
  }

  /** A version's descriptor as the registry stores it, validated again since the checks run what it says. */
  async descriptor(ref: ProductVersionRef): Promise<DataProductDescriptor> {
    const { domain, name, version } = ref;
    const body = await requireData(
      this.registry.GET('/v1/products/{domain}/{name}/versions/{version}', {
        params: { path: { domain, name, version }, query: { format: 'json' } },
      }),
    );
    const validation = validateDescriptor(body);
    if (!validation.ok) {
      const problems = validation.problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ');
      throw new Error(`the registry's descriptor of ${describeVersion(ref)} is not valid: ${problems}`);
    }
    return validation.descriptor;
  }

  /** The provisioned ports of a version, for when its published event has not been seen yet. */
  async ports(ref: ProductVersionRef): Promise<OutputPort[]> {
    const { domain, name } = ref;
    const product = await requireData(
      this.registry.GET('/v1/products/{domain}/{name}', { params: { path: { domain, name } } }),
    );
    const version = product.versions.find((candidate) => candidate.version === ref.version);
    return (version?.provisioning?.ports ?? []).map(({ name, type, address }) => ({ name, type, address }));
  }
}
