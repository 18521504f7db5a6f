import type { ProductVersionRef } from '@mesh/contracts';

/** A product (all its versions), as `domain/name`. */
export interface ProductKey {
  domain: string;
  name: string;
}

export const productKey = ({ domain, name }: ProductKey): string => `${domain}/${name}`;

export const productUrn = ({ domain, name }: ProductKey): string => `urn:mesh:product:${domain}:${name}`;

/** The product a product URN names; null for the URN of anything else (a dataset in the lineage graph). */
export function productOfUrn(urn: string): ProductKey | null {
  const match = /^urn:mesh:product:([^:]+):([^:]+)$/.exec(urn);
  return match === null ? null : { domain: match[1], name: match[2] };
}

export type VersionRef = ProductVersionRef;
