import { errorFamily } from '@mesh/platform';
import { StateMachine } from '../lifecycle/state-machine';

export const ACCESS_STATES = ['pending', 'granted', 'denied', 'revoked'] as const;
export type AccessState = (typeof ACCESS_STATES)[number];

export const ACCESS_ACTIONS = ['approve', 'deny', 'revoke'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** A request starts pending; the owning domain (or the descriptor's auto approval) decides; a grant can be revoked. */
export const ACCESS_LIFECYCLE = new StateMachine<AccessState, AccessAction>({
  approve: { from: ['pending'], to: 'granted' },
  deny: { from: ['pending'], to: 'denied' },
  revoke: { from: ['granted'], to: 'revoked' },
});

export const AccessError = errorFamily('AccessError', { request_not_found: 404 });
