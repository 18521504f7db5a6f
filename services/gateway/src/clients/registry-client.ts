import type { DataProductDescriptor } from '@mesh/descriptor';
import {
  dataOrNull,
  requireData,
  RegistryUnavailableError,
  type RegistryClient,
  type RegistryResult,
  type RegistrySchema,
} from '@mesh/registry-client';
import { serviceRefusal, serviceUnavailable } from './service-error';

export type DomainView = RegistrySchema<'DomainDto'>;
export type ProductListItemView = RegistrySchema<'ProductListItemDto'>;
export type ProductView = RegistrySchema<'ProductDto'>;
export type VersionView = RegistrySchema<'VersionDto'>;
export type ResolutionView = RegistrySchema<'ResolutionDto'>;
export type AccessRequestView = RegistrySchema<'AccessRequestDto'>;
export type ApplyResultView = RegistrySchema<'ApplyResultDto'>;
export type PrincipalView = RegistrySchema<'PrincipalDto'>;
export type AuditEntryView = RegistrySchema<'AuditEntryDto'>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The registry as the gateway uses it, through the client generated from the registry's OpenAPI document
 * (@mesh/registry-client). Its refusals become GraphQL errors with the registry's code and pointers, and no answer
 * at all an error naming the registry, as for every other service.
 */
export class RegistryGateway {
  constructor(private readonly client: RegistryClient) {}

  domains(limit: number, cursor?: string): Promise<Page<DomainView>> {
    return required(this.client.GET('/v1/domains', { params: { query: { limit, cursor } } }));
  }

  domain(name: string): Promise<DomainView | null> {
    return orNull(this.client.GET('/v1/domains/{domain}', { params: { path: { domain: name } } }));
  }

  createDomain(body: RegistrySchema<'CreateDomainRequest'>): Promise<DomainView> {
    return required(this.client.POST('/v1/domains', { body }));
  }

  products(query: {
    domain?: string;
    status?: VersionView['state'];
    tag?: string;
    q?: string;
    limit: number;
    cursor?: string;
  }) {
    return required<Page<ProductListItemView>>(this.client.GET('/v1/products', { params: { query } }));
  }

  product(domain: string, name: string): Promise<ProductView | null> {
    return orNull(this.client.GET('/v1/products/{domain}/{name}', { params: { path: { domain, name } } }));
  }

  async descriptor(domain: string, name: string, version: string): Promise<DataProductDescriptor | null> {
    const found = await orNull(
      this.client.GET('/v1/products/{domain}/{name}/versions/{version}', {
        params: { path: { domain, name, version } },
      }),
    );
    // The registry stores descriptors it validated against libs/descriptor's schema.
    return found as DataProductDescriptor | null;
  }

  /** PUT of a descriptor as text (YAML or JSON), as a domain's CI sends it. */
  apply(domain: string, name: string, text: string, contentType: string, dryRun = false): Promise<ApplyResultView> {
    return required(
      this.client.PUT('/v1/products/{domain}/{name}', {
        params: { path: { domain, name }, query: { dryRun } },
        body: text as unknown as RegistrySchema<'DescriptorDto'>,
        bodySerializer: (body: unknown) => body as string,
        headers: { 'Content-Type': contentType },
      }),
    );
  }

  deprecate(
    domain: string,
    name: string,
    version: string,
    body: RegistrySchema<'DeprecateRequest'>,
  ): Promise<VersionView> {
    return required(
      this.client.POST('/v1/products/{domain}/{name}/versions/{version}/deprecate', {
        params: { path: { domain, name, version } },
        body,
      }),
    );
  }

  resolve(address: string): Promise<ResolutionView | null> {
    return orNull(this.client.GET('/v1/resolve', { params: { query: { address } } }));
  }

  productAccessRequests(
    domain: string,
    name: string,
    query: { state?: AccessRequestView['state']; limit: number; cursor?: string },
  ): Promise<Page<AccessRequestView>> {
    return required(
      this.client.GET('/v1/products/{domain}/{name}/access-requests', { params: { path: { domain, name }, query } }),
    );
  }

  domainAccessRequests(
    domain: string,
    query: { state?: AccessRequestView['state']; limit: number; cursor?: string },
  ): Promise<Page<AccessRequestView>> {
    return required(this.client.GET('/v1/domains/{domain}/access-requests', { params: { path: { domain }, query } }));
  }

  accessRequests(query: { state?: AccessRequestView['state']; principal?: string; limit: number; cursor?: string }) {
    return required<Page<AccessRequestView>>(this.client.GET('/v1/access-requests', { params: { query } }));
  }

  requestAccess(domain: string, name: string, body: RegistrySchema<'CreateAccessRequest'>): Promise<AccessRequestView> {
    return required(
      this.client.POST('/v1/products/{domain}/{name}/access-requests', { params: { path: { domain, name } }, body }),
    );
  }

  decide(id: string, decision: 'approve' | 'deny' | 'revoke', reason?: string): Promise<AccessRequestView> {
    const body = reason === undefined ? {} : { reason };
    const params = { params: { path: { id } }, body };
    switch (decision) {
      case 'approve':
        return required(this.client.POST('/v1/access-requests/{id}/approve', params));
      case 'deny':
        return required(this.client.POST('/v1/access-requests/{id}/deny', params));
      case 'revoke':
        return required(this.client.POST('/v1/access-requests/{id}/revoke', params));
    }
  }

  createPrincipal(body: RegistrySchema<'CreatePrincipalRequest'>): Promise<PrincipalView> {
    return required(this.client.POST('/v1/principals', { body }));
  }

  createToken(principalId: string, body: RegistrySchema<'CreateTokenRequest'>) {
    return required<RegistrySchema<'CreatedTokenDto'>>(
      this.client.POST('/v1/principals/{id}/tokens', { params: { path: { id: principalId } }, body }),
    );
  }

  audit(query: { subject?: string; limit: number; cursor?: string }): Promise<Page<AuditEntryView>> {
    return required(this.client.GET('/v1/audit', { params: { query } }));
  }

  /** Who the caller is, by its own token. */
  me(): Promise<RegistrySchema<'MeDto'>> {
    return required(this.client.GET('/v1/me'));
  }
}

async function orNull<D>(call: Promise<RegistryResult<D>>): Promise<D | null> {
  try {
    return await dataOrNull(call);
  } catch (error) {
    throw asGraphQLError(error);
  }
}

async function required<D>(call: Promise<RegistryResult<D>>): Promise<D> {
  try {
    return await requireData(call);
  } catch (error) {
    throw asGraphQLError(error);
  }
}

/** The registry's refusal keeps its code and pointers; no answer, or a 5xx, names the registry as unavailable. */
function asGraphQLError(error: unknown) {
  if (!(error instanceof RegistryUnavailableError) || error.status === null) {
    return serviceUnavailable('registry', (error as Error).message);
  }
  if (error.status >= 500 && error.status !== 501) return serviceUnavailable('registry', `it answered ${error.status}`);
  return serviceRefusal('registry', error.status, error.answer);
}
