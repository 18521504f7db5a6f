import { errorFamily } from '@mesh/platform';
import { StateMachine } from './state-machine';

/** The states of a product version (services/registry/README.md, "Lifecycle"). */
export const VERSION_STATES = [
  'draft',
  'proposed',
  'approved',
  'rejected',
  'provisioning',
  'published',
  'deprecated',
  'retired',
] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export const VERSION_ACTIONS = [
  'propose',
  'approve',
  'reject',
  'start-provisioning',
  'publish',
  'deprecate',
  'retire',
] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

/**
 * Every legal move of a version. `draft` is the state of a descriptor before it is applied: the registry never
 * stores one, applying proposes at once, but proposing is still a transition from it.
 */
export const VERSION_LIFECYCLE = new StateMachine<VersionState, VersionAction>({
  propose: { from: ['draft'], to: 'proposed' },
  approve: { from: ['proposed'], to: 'approved' },
  reject: { from: ['proposed'], to: 'rejected' },
  'start-provisioning': { from: ['approved'], to: 'provisioning' },
  publish: { from: ['provisioning'], to: 'published' },
  deprecate: { from: ['published'], to: 'deprecated' },
  retire: { from: ['deprecated'], to: 'retired' },
});

/** States in which a version is readable by consumers: its address resolves to it. */
export const READABLE_STATES: readonly VersionState[] = ['published', 'deprecated'];

export const LifecycleError = errorFamily('LifecycleError', { invalid_replacement: 422 });

/** The state after `action`, or a 409 naming the version's state and the states the action needs. */
export function nextVersionState(
  version: { version: string; state: VersionState },
  action: VersionAction,
): VersionState {
  return VERSION_LIFECYCLE.require({ state: version.state, description: `version ${version.version}` }, action);
}
