import type { ProductVersionRef } from '@mesh/contracts';

/** A product (all its versions), as `domain/name`. */
export interface ProductKey {
  domain: string;
  name: string;
}

export const productKey = ({ domain, name }: ProductKey): string => `${domain}/${name}`;

export type VersionRef = ProductVersionRef;
