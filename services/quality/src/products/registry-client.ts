import type { ProductVersionRef } from '@mesh/contracts';
import { validateDescriptor, type DataProductDescriptor } from '@mesh/descriptor';
import { describeVersion } from './product-ref';

const TIMEOUT_MS = 10_000;

/** A provisioned output port: where its data lives (`namespace.table` for an Iceberg table). */
export interface PortAddress {
  name: string;
  type: string;
  address: string;
}

/** The registry's HTTP API as the quality service reads it, with its service token. */
export class RegistryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
  ) {}

  /** A version's descriptor as the registry stores it (valid, since the registry accepted it). */
  async descriptor(ref: ProductVersionRef): Promise<DataProductDescriptor> {
    const body = await this.get(`${this.productPath(ref)}/versions/${encodeURIComponent(ref.version)}?format=json`);
    const validation = validateDescriptor(body);
    if (!validation.ok) {
      const problems = validation.problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ');
      throw new Error(`the registry's descriptor of ${describeVersion(ref)} is not valid: ${problems}`);
    }
    return validation.descriptor;
  }

  /** The provisioned ports of a version, for when its published event has not been seen yet. */
  async ports(ref: ProductVersionRef): Promise<PortAddress[]> {
    const body = (await this.get(this.productPath(ref))) as {
      versions?: { version: string; provisioning: { ports: PortAddress[] } | null }[];
    };
    const version = body.versions?.find((candidate) => candidate.version === ref.version);
    return (version?.provisioning?.ports ?? []).map(({ name, type, address }) => ({ name, type, address }));
  }

  private productPath(ref: ProductVersionRef): string {
    return `/v1/products/${encodeURIComponent(ref.domain)}/${encodeURIComponent(ref.name)}`;
  }

  private async get(path: string): Promise<unknown> {
    const response = await fetch(`${this.baseUrl.replace(/\/+$/, '')}${path}`, {
      headers: { Accept: 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      throw new Error(`registry GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    return response.json();
  }
}
