import { productUrn, type EventType, type PayloadOf } from '@mesh/contracts';
import type { AuditedTransaction } from '../audit/audited-transactions';
import type { ProductVersionEntity } from '../products/product.entity';
import { toVersionView } from '../products/product.model';
import type { VersionAction } from './version-lifecycle';

/** The event that announces each transition; its wire name is also the audit action. */
export const TRANSITION_EVENTS = {
  propose: 'product.version.proposed',
  approve: 'product.version.approved',
  reject: 'product.version.rejected',
  'start-provisioning': 'product.provisioning.started',
  publish: 'product.version.published',
  deprecate: 'product.version.deprecated',
  retire: 'product.version.retired',
} as const satisfies Record<VersionAction, EventType>;

export type TransitionEvent<A extends VersionAction> = (typeof TRANSITION_EVENTS)[A];

/** The versions before and after a change, which the audit entry shows. */
export interface VersionChange {
  before: ProductVersionEntity | null;
  after: ProductVersionEntity;
}

/** Records a change of a version in the audit log, in the transaction that made it. */
export async function recordVersionChange(
  transaction: AuditedTransaction,
  action: string,
  { before, after }: VersionChange,
): Promise<void> {
  const { domain, name } = after.descriptor.metadata;
  await transaction.record({
    action,
    subject: productUrn({ domain, name }),
    domains: [domain],
    before: before === null ? null : { ...toVersionView(before) },
    after: { ...toVersionView(after) },
  });
}

/**
 * Records a transition in the transaction that made it: the audit entry, and the event, keyed by the product's URN
 * so that one product's events stay in order on their partition.
 */
export async function recordTransition<A extends VersionAction>(
  transaction: AuditedTransaction,
  action: A,
  change: VersionChange,
  payload: PayloadOf<TransitionEvent<A>>,
): Promise<void> {
  const { domain, name } = change.after.descriptor.metadata;
  await recordVersionChange(transaction, TRANSITION_EVENTS[action], change);
  await transaction.emit(TRANSITION_EVENTS[action], productUrn({ domain, name }), payload);
}
