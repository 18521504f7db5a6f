import { parseProductAddress } from '@mesh/descriptor';

/** A product as the graph knows it: the subject URN of its events is the key of its node. */
export interface ProductRef {
  domain: string;
  name: string;
}

export function productUrn({ domain, name }: ProductRef): string {
  return `urn:mesh:product:${domain}:${name}`;
}

/** The inverse of productUrn; domain and product names contain no colon. */
export function productOfUrn(urn: string): ProductRef {
  const [domain, name] = urn.slice('urn:mesh:product:'.length).split(':');
  return { domain, name };
}

/** The product an input port reads (`mesh://<domain>/<product>/v<major>`); undefined when malformed. */
export function productOfAddress(address: string): ProductRef | undefined {
  const parsed = parseProductAddress(address);
  return parsed === undefined ? undefined : { domain: parsed.domain, name: parsed.product };
}

/**
 * The output-port addresses a dataset name may stand for. Iceberg tables are `<domain>.<table>` and topics
 * `<domain>.<product>.v<major>.<port>`, but OpenLineage integrations often put a catalog in front
 * (`spark_catalog.sales.orders`, `iceberg.sales.orders`), so every dotted suffix of two parts or more is a candidate.
 */
export function candidateAddresses(datasetName: string): string[] {
  const parts = datasetName.split('.');
  const candidates: string[] = [];
  for (let start = 0; start <= parts.length - 2; start++) candidates.push(parts.slice(start).join('.'));
  return candidates;
}
