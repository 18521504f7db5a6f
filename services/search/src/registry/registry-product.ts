import type { Classification } from '@mesh/descriptor';

// What the search service reads from the registry's products API: only the fields it indexes. The registry's
// OpenAPI document (/openapi.json) is the full contract.

export interface RegistryVersionState {
  version: string;
  state: string;
}

/** An item of `GET /v1/products`: enough to tell whether the index holds the product as it is. */
export interface RegistryProductSummary {
  domain: string;
  name: string;
  title: string;
  description: string;
  owner: string | null;
  tags: string[];
  classification: Classification;
  latestVersion: string;
  updatedAt: string;
  versions: RegistryVersionState[];
}

export interface RegistryPort {
  name: string;
  type: string;
  address: string;
  provisioned: boolean;
}

/** A version as `GET /v1/products/{domain}/{name}` gives it. */
export interface RegistryVersion extends RegistryVersionState {
  address: string;
  stateChangedAt: string;
  provisioning: { ports: RegistryPort[] } | null;
}

export interface RegistryProduct extends Omit<RegistryProductSummary, 'versions'> {
  versions: RegistryVersion[];
}

export interface RegistryProductPage {
  items: RegistryProductSummary[];
  nextCursor: string | null;
}
