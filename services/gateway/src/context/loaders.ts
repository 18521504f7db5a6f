import type { DataProductDescriptor } from '@mesh/descriptor';
import DataLoader from 'dataloader';
import type { DecisionView } from '../clients/governance-client';
import type { FlowView } from '../clients/provisioning-client';
import type { AlertView, ScoreSummaryView } from '../clients/quality-client';
import type { AccessRequestView, ProductView } from '../clients/registry-client';
import type { ServiceClients } from '../clients/service-clients';

/** How many of the caller's own access requests are read to tell their access to each product. */
const OWN_REQUESTS_READ = 200;

/** `domain/name` and `domain/name/version`: the keys of the loaders. */
export const productKey = (domain: string, name: string) => `${domain}/${name}`;
export const versionKey = (domain: string, name: string, version: string) => `${domain}/${name}/${version}`;

function split(key: string): string[] {
  return key.split('/');
}

/** A loader that only deduplicates and caches, for services that have no batch route. */
function each<V>(load: (parts: string[]) => Promise<V>): DataLoader<string, V> {
  return new DataLoader<string, V>((keys) =>
    Promise.all(keys.map((key) => load(split(key)).catch((error: Error) => error))),
  );
}

/**
 * Per-request DataLoaders: every product, descriptor, score... a query touches is fetched once, whatever the number
 * of fields that need it, and the quality scores of a whole page of products come from one batch call.
 */
export class Loaders {
  readonly product: DataLoader<string, ProductView | null>;
  readonly descriptor: DataLoader<string, DataProductDescriptor | null>;
  readonly score: DataLoader<string, ScoreSummaryView | null>;
  readonly openAlerts: DataLoader<string, AlertView[]>;
  readonly decisions: DataLoader<string, DecisionView[]>;
  readonly flow: DataLoader<string, FlowView | null>;
  /** The caller's latest request for each product, from one read of their own requests. */
  readonly ownRequest: DataLoader<string, AccessRequestView | null>;

  constructor(services: ServiceClients, callerId: string) {
    this.product = each(([domain, name]) => services.registry.product(domain, name));
    this.descriptor = each(([domain, name, version]) => services.registry.descriptor(domain, name, version));
    this.openAlerts = each(([domain, name]) => services.quality.openAlerts(domain, name));
    this.decisions = each(([domain, name, version]) => services.governance.decisions(domain, name, version));
    this.flow = each(([domain, name, version]) => services.provisioning.flow(domain, name, version));
    this.score = new DataLoader(async (keys) => {
      const found = new Map(
        (await services.quality.scores(keys)).map((score) => [productKey(score.domain, score.name), score]),
      );
      return keys.map((key) => found.get(key) ?? null);
    });
    this.ownRequest = new DataLoader(async (keys) => {
      const { items } = await services.registry.accessRequests({ principal: callerId, limit: OWN_REQUESTS_READ });
      // Newest first: the first request seen for a product is the caller's latest.
      const latest = new Map<string, AccessRequestView>();
      for (const request of items) {
        const key = productKey(request.product.domain, request.product.name);
        if (!latest.has(key)) latest.set(key, request);
      }
      return keys.map((key) => latest.get(key) ?? null);
    });
  }
}
