import { major } from 'semver';
import type { ProductMetadata } from './descriptor';

export interface ProductAddress {
  domain: string;
  product: string;
  major: number;
}

const ADDRESS = /^mesh:\/\/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/v(0|[1-9][0-9]*)$/;

/** Parses `mesh://<domain>/<product>/v<major>`; undefined when malformed. */
export function parseProductAddress(address: string): ProductAddress | undefined {
  const match = ADDRESS.exec(address);
  return match ? { domain: match[1], product: match[2], major: Number(match[3]) } : undefined;
}

/** The stable address consumers use: it changes only with the major version. */
export function productAddress(metadata: Pick<ProductMetadata, 'domain' | 'name' | 'version'>): string {
  return `mesh://${metadata.domain}/${metadata.name}/v${major(metadata.version)}`;
}
