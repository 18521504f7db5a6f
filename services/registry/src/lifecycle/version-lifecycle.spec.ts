import { TransitionError } from './state-machine';
import {
  nextVersionState,
  VERSION_ACTIONS,
  VERSION_LIFECYCLE,
  VERSION_STATES,
  type VersionAction,
  type VersionState,
} from './version-lifecycle';

/** The lifecycle of services/registry/README.md written out independently of the table, one legal move per line. */
const LEGAL: Record<string, VersionState> = {
  'draft propose': 'proposed',
  'proposed approve': 'approved',
  'proposed reject': 'rejected',
  'approved start-provisioning': 'provisioning',
  'provisioning publish': 'published',
  'published deprecate': 'deprecated',
  'deprecated retire': 'retired',
};

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

const PAIRS = VERSION_STATES.flatMap((state) => VERSION_ACTIONS.map((action) => [state, action] as const));

describe('the version lifecycle', () => {
  it.each(PAIRS)('from %s, %s is legal exactly when the lifecycle says so', (state, action) => {
    expect(VERSION_LIFECYCLE.next(state, action)).toBe(LEGAL[`${state} ${action}`]);
  });

  it('has seven legal moves, and every state but draft is reachable', () => {
    const reached = PAIRS.flatMap(([state, action]) => VERSION_LIFECYCLE.next(state, action) ?? []);
    expect(reached).toHaveLength(7);
    expect(new Set(reached)).toEqual(new Set(VERSION_STATES.filter((state) => state !== 'draft')));
  });

  it('leaves rejected and retired versions where they are', () => {
    for (const state of ['rejected', 'retired'] as const) {
      expect(VERSION_ACTIONS.filter((action) => VERSION_LIFECYCLE.next(state, action) !== undefined)).toEqual([]);
    }
  });

  it('answers an illegal move with a 409 naming the current state and the state it needs', () => {
    const attempt = (state: VersionState, action: VersionAction) => () =>
      nextVersionState({ version: '1.2.0', state }, action);

    expect(attempt('proposed', 'deprecate')).toThrow(TransitionError);
    expect(attempt('proposed', 'deprecate')).toThrow(
      'cannot deprecate version 1.2.0: it is proposed, and deprecate applies only to published',
    );
    expect(attempt('published', 'start-provisioning')).toThrow(
      'cannot start provisioning version 1.2.0: it is published, and start provisioning applies only to approved',
    );
    expect(thrownBy(attempt('retired', 'retire'))).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(nextVersionState({ version: '1.2.0', state: 'provisioning' }, 'publish')).toBe('published');
  });
});
