import { productOfUrn, type ProductKey } from '@mesh/contracts';
import { parseProductAddress } from '@mesh/descriptor';

/** A product as the graph knows it: the subject URN of its events (`productUrn`) is the key of its node. */
export type ProductRef = ProductKey;

/** A product node of the graph, as answers name it: its URN beside its domain and name, as search names it too. */
export interface ProductNode extends ProductRef {
  urn: string;
}

/** The product node of a URN the product graph holds (its nodes are products only). */
export function productNode(urn: string): ProductNode {
  const product = productOfUrn(urn);
  if (product === null) throw new Error(`the product graph holds ${urn}, which names no product`);
  return { urn, ...product };
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
