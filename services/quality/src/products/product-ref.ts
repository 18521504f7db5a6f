import type { ProductVersionRef } from '@mesh/contracts';

/** The subject URN of a product's events, the Kafka key that keeps them in order. */
export function productSubject(ref: { domain: string; name: string }): string {
  return `urn:mesh:product:${ref.domain}:${ref.name}`;
}

export function describeVersion(ref: ProductVersionRef): string {
  return `${ref.domain}/${ref.name} ${ref.version}`;
}
