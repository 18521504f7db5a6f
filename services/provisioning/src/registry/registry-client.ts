import type { ProductRef } from '@mesh/contracts';
import {
  createRegistryClient,
  RegistryUnavailableError,
  requireData,
  type RegistryClient as RegistryApi,
  type RegistryResult,
  type RegistrySchema,
} from '@mesh/registry-client';
import { UpstreamError } from '../http/json-client';

/**
 * The registry's public API, as provisioning uses it: only a teardown job asks it, for the states of the
 * product's versions, so that nothing is removed that the registry does not say is retired (its consumer needs
 * nothing from it: the events carry what a flow needs). Every failure is an UpstreamError, so that job failures
 * tell a refusal (permanent) from an outage (retried) as for the catalog's API.
 */
export class RegistryClient {
  private readonly registry: RegistryApi;

  constructor(baseUrl: string, token: string | undefined) {
    this.registry = createRegistryClient({ baseUrl, token });
  }

  /** Every version of the product with its state and, once provisioning started, its port locations. */
  async versions({ domain, name }: ProductRef): Promise<RegistrySchema<'VersionDto'>[]> {
    return (await read(this.registry.GET('/v1/products/{domain}/{name}', { params: { path: { domain, name } } })))
      .versions;
  }
}

/** The data of a call; the registry's failures as UpstreamErrors with its status (null: no answer) and code. */
async function read<D>(call: Promise<RegistryResult<D>>): Promise<D> {
  try {
    return await requireData(call);
  } catch (error) {
    if (!(error instanceof RegistryUnavailableError)) throw error;
    throw new UpstreamError('registry', error.message, error.status, error.code, { cause: error });
  }
}
