import type { Grant, ProductRef, ProductVersionRef } from '@mesh/contracts';
import type { DataProductDescriptor } from '@mesh/descriptor';
import {
  createRegistryClient,
  descriptorOf,
  RegistryUnavailableError,
  requireData,
  type RegistryClient as RegistryApi,
  type RegistryResult,
  type RegistrySchema,
} from '@mesh/registry-client';
import { UpstreamError } from '../http/json-client';

/** A grant the registry gave, with when it lapses. */
export interface RegisteredGrant {
  grant: Grant;
  expiresAt: number;
}

/**
 * The registry's public API, as provisioning uses it: the descriptor of a version, where its ports live (the
 * registry owns the naming convention, so provisioning never computes an address of its own), the states of the
 * product's versions, and the grants already given. Every failure is an UpstreamError, so that job failures tell
 * a refusal (permanent) from an outage (retried) as for the catalog's API.
 */
export class RegistryClient {
  private readonly registry: RegistryApi;

  constructor(baseUrl: string, token: string | undefined) {
    this.registry = createRegistryClient({ baseUrl, token });
  }

  async descriptor(ref: ProductVersionRef): Promise<DataProductDescriptor> {
    const { domain, name, version } = ref;
    return descriptorOf(
      await read(
        this.registry.GET('/v1/products/{domain}/{name}/versions/{version}', {
          params: { path: { domain, name, version }, query: { format: 'json' } },
        }),
      ),
    );
  }

  /** Every version of the product with its state and, once provisioning started, its port locations. */
  async versions({ domain, name }: ProductRef): Promise<RegistrySchema<'VersionDto'>[]> {
    return (await read(this.registry.GET('/v1/products/{domain}/{name}', { params: { path: { domain, name } } })))
      .versions;
  }

  /** The grants of the product's granted access requests. */
  async grants(product: ProductRef): Promise<RegisteredGrant[]> {
    const grants: RegisteredGrant[] = [];
    let cursor: string | undefined;
    do {
      const page = await read(
        this.registry.GET('/v1/products/{domain}/{name}/access-requests', {
          params: {
            path: { domain: product.domain, name: product.name },
            query: { state: 'granted', limit: 200, cursor },
          },
        }),
      );
      for (const request of page.items) {
        if (request.grantId !== null) {
          grants.push({
            grant: { grantId: request.grantId, principal: request.principal, product, port: null },
            expiresAt: Date.parse(request.until),
          });
        }
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return grants;
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
