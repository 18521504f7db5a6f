import { resolve } from 'node:path';
import { readDocuments, type MeshDocument } from '../documents/mesh-documents';
import type { RowFixup } from './row-factory';

const EXAMPLES = resolve(__dirname, '../../../examples');

/** What the demo mesh is made of: examples/products/ (the four examples) and examples/demo/ (the rest). */
export interface DemoPlan {
  domains: MeshDocument[];
  policies: MeshDocument[];
  /** Every product's first version, the four examples included. */
  products: MeshDocument[];
  /** The next major of the product whose first major the demo deprecates. */
  successor: MeshDocument;
}

export function demoPlan(): DemoPlan {
  const demo = readDocuments(resolve(EXAMPLES, 'demo'));
  return {
    domains: demo.filter((document) => document.kind === 'Domain'),
    policies: demo.filter((document) => document.kind === 'Policy'),
    products: [
      ...readDocuments(resolve(EXAMPLES, 'products')),
      ...demo.filter((document) => document.kind === 'DataProduct'),
    ],
    successor: readDocuments(resolve(EXAMPLES, 'demo/successors'))[0],
  };
}

/** finance/board-kpis drops its data on retirement, which the finance domain's policy forbids without a waiver. */
export const WAIVER = {
  product: 'finance/board-kpis',
  policyId: 'finance-records-archived',
  reason: 'The KPIs are recomputed from the management accounts, which are archived: nothing is lost (demo).',
};

/**
 * The major the demo deprecates for its successor. The deprecation comes first (the breaking-change policy wants
 * the old major's sunset before the new one is proposed), so it names the successor in its reason: the registry
 * takes a replacement address only once it resolves, and a deprecated version cannot be deprecated again.
 */
export const DEPRECATION = {
  domain: 'sales',
  name: 'store-visits',
  version: '1.3.0',
  reason:
    'Replaced by mesh://sales/store-visits/v2, which counts visitors without staff: move to it before the sunset.',
};

/** The product whose last snapshot breaks a rule (an unknown channel), so that the demo has an open alert. */
export const FAILING = { product: 'marketing/campaign-performance', table: 'campaign_daily' };

/** The product whose stream's feed stopped: its freshness SLA (15 minutes) is breached. */
export const STALE = { product: 'logistics/carrier-scans', port: 'scan-events', stoppedHoursAgo: 2 };

/** A consumer's request for the restricted product with PII, left pending for its owners. */
export const ACCESS_REQUEST = {
  domain: 'sales',
  name: 'customers',
  purpose: 'Churn model training for the retention team (demo)',
};

/** Arithmetic of example contracts that generic rows would break: the rule net = gross - refunded of revenue. */
export const FIXUPS: Record<string, RowFixup> = {
  'finance.daily_revenue': (row, serial) => {
    const gross = 1_000 + (serial % 50) * 37.5;
    const refunded = (serial % 4) * 12.25;
    return {
      ...row,
      gross_amount: gross.toFixed(2),
      refunded_amount: refunded.toFixed(2),
      net_amount: (gross - refunded).toFixed(2),
    };
  },
};
