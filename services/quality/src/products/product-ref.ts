import type { ProductVersionRef } from '@mesh/contracts';

export function describeVersion(ref: ProductVersionRef): string {
  return `${ref.domain}/${ref.name} ${ref.version}`;
}
